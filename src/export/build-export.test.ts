import { describe, expect, it } from 'vitest';
import type { ClientGrant } from '../api/client-grants';
import { buildExport, type ExportFormat } from './build-export';
import { exportInput, grants } from './export-fixture';
import { exportFileName } from './file-name';

const formats: ExportFormat[] = ['json', 'csv', 'deploy-cli', 'terraform'];
const noYield = () => Promise.resolve();

describe('buildExport', () => {
  it.each(formats)('%s: the same grants in any order give the same file', async (format) => {
    const forward = await buildExport(format, exportInput(), { yieldNow: noYield });
    const shuffled = [...grants].reverse().map((g) => ({ ...g, scope: g.scope && [...g.scope].reverse() }));
    expect(await buildExport(format, exportInput({ grants: shuffled }), { yieldNow: noYield, sliceSize: 2 })).toBe(forward);
  });

  it('yields to the page between slices and stops when cancelled', async () => {
    let yields = 0;
    const controller = new AbortController();
    const yieldNow = () => {
      yields++;
      if (yields === 3) controller.abort();
      return Promise.resolve();
    };
    await expect(buildExport('csv', exportInput(), { yieldNow, sliceSize: 2, signal: controller.signal })).rejects.toThrow();
    expect(yields).toBe(3);
  });

  const many: ClientGrant[] = Array.from({ length: 100_000 }, (_, i) => ({
    id: `cgr_${i}`,
    client_id: `app_${i % 500}`,
    audience: `https://api${i % 40}.example.com`,
    scope: ['write:x', 'read:x'],
    subject_type: 'client',
  }));

  // Slow on a busy machine (the yaml library most of all), hence the long timeout.
  it.each(formats)('%s: formats 100,000 grants, yielding once per slice', async (format) => {
    let yields = 0;
    const yieldNow = () => (yields++, Promise.resolve());
    const text = await buildExport(format, exportInput({ grants: many }), { yieldNow, sliceSize: 2000 });
    expect(yields).toBe(50);
    // Each grant's audience, once per grant (twice where the API's name falls back to it).
    expect(text.match(/https:\/\/api7\.example\.com/g)).toHaveLength(2500 * (format === 'json' || format === 'csv' ? 2 : 1));
  }, 120_000);
});

describe('exportFileName', () => {
  const day = new Date('2026-03-04T23:59:00Z');
  it('says tenant, view and date', () => {
    expect(exportFileName('acme.eu.auth0.com', 'grants', 'csv', day)).toBe('client-grants_acme.eu.auth0.com_grants_2026-03-04.csv');
  });
  it('keeps the tenant to safe characters', () => {
    expect(exportFileName('127.0.0.1:4010', 'access', 'tf', day)).toBe('client-grants_127.0.0.1-4010_access_2026-03-04.tf');
    expect(exportFileName('../x/y', 'grants', 'json', day)).toBe('client-grants_x-y_grants_2026-03-04.json');
  });
});
