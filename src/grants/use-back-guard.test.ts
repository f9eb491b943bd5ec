import { renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { takenByDialog, useBackGuard } from './use-back-guard';

/** A URL listener like the grants list's, added before any dialog opens (as on the real page). */
function listen() {
  const seen = vi.fn();
  const listener = (event: PopStateEvent) => {
    if (!takenByDialog(event)) seen();
  };
  window.addEventListener('popstate', listener);
  return { seen, stop: () => window.removeEventListener('popstate', listener) };
}

describe('useBackGuard', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

  it('while active, Back keeps the address, runs onBack and hides the navigation from the page', async () => {
    window.history.pushState(null, '', '/?grant=cgr_before');
    window.history.pushState(null, '', '/?page=2');
    const onBack = vi.fn();
    const page = listen();
    cleanups.push(page.stop, renderHook(() => useBackGuard(true, onBack)).unmount);

    window.history.back();
    await waitFor(() => expect(onBack).toHaveBeenCalledTimes(1));
    expect(window.location.search).toBe('?page=2');
    expect(page.seen).not.toHaveBeenCalled();
  });

  it("follows the page's own address changes (untrusted popstate) and lets them through", async () => {
    window.history.pushState(null, '', '/?a=1');
    const onBack = vi.fn();
    const page = listen();
    cleanups.push(page.stop, renderHook(() => useBackGuard(true, onBack)).unmount);
    window.history.pushState(null, '', '/?grant=cgr_new');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(page.seen).toHaveBeenCalledTimes(1);

    window.history.back();
    await waitFor(() => expect(onBack).toHaveBeenCalledTimes(1));
    expect(window.location.search).toBe('?grant=cgr_new');
  });

  it('when inactive, Back navigates as usual', async () => {
    window.history.pushState(null, '', '/?x=1');
    window.history.pushState(null, '', '/?x=2');
    const onBack = vi.fn();
    const page = listen();
    cleanups.push(page.stop, renderHook(() => useBackGuard(false, onBack)).unmount);
    window.history.back();
    await waitFor(() => expect(page.seen).toHaveBeenCalledTimes(1));
    expect(window.location.search).toBe('?x=1');
    expect(onBack).not.toHaveBeenCalled();
  });

  it('once the dialog closes, Back navigates again', async () => {
    window.history.pushState(null, '', '/?y=1');
    window.history.pushState(null, '', '/?y=2');
    const onBack = vi.fn();
    const page = listen();
    const { rerender, unmount } = renderHook(({ active }) => useBackGuard(active, onBack), { initialProps: { active: true } });
    cleanups.push(page.stop, unmount);
    rerender({ active: false });
    window.history.back();
    await waitFor(() => expect(page.seen).toHaveBeenCalledTimes(1));
    expect(window.location.search).toBe('?y=1');
    expect(onBack).not.toHaveBeenCalled();
  });
});
