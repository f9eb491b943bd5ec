import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.doUnmock('./grants-page');
  vi.resetModules();
});

describe('loadGrantsPage', () => {
  it('loads the page once and then hands it out synchronously', async () => {
    const { loadGrantsPage, loadedGrantsPage } = await import('./grants-page-chunk');
    expect(loadedGrantsPage()).toBeUndefined();
    const first = loadGrantsPage();
    expect(loadGrantsPage()).toBe(first);
    const page = await first;
    expect(page.name).toBe('GrantsPage');
    expect(loadedGrantsPage()).toBe(page);
  });

  it('asks again after a failed download instead of keeping the failure', async () => {
    vi.doMock('./grants-page', () => {
      throw new Error('Failed to fetch dynamically imported module');
    });
    const { loadGrantsPage } = await import('./grants-page-chunk');
    await expect(loadGrantsPage()).rejects.toThrow();
    vi.doUnmock('./grants-page');
    vi.resetModules();
    await expect(loadGrantsPage()).resolves.toBeTypeOf('function');
  });
});
