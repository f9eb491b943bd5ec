import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { buildExport } from './build-export';
import { exportInput, grants } from './export-fixture';

const noYield = () => Promise.resolve();
type Entry = Record<string, unknown>;

async function entries(sliceSize?: number): Promise<{ text: string; items: Entry[] }> {
  const text = await buildExport('deploy-cli', exportInput(), { yieldNow: noYield, sliceSize });
  return { text, items: (parse(text) as { clientGrants: Entry[] }).clientGrants };
}

describe('Deploy CLI export', () => {
  it('parses as a clientGrants section with one entry per manageable grant, apps by name, no ids', async () => {
    const { items } = await entries();
    expect(items).toHaveLength(grants.length - 1);
    expect(items.every((e) => !('id' in e) && !('is_system' in e))).toBe(true);
    expect(items).toContainEqual({ client_id: 'Billing, "Core"\nService', audience: 'https://orders.example.com', scope: ['read:orders', 'write:orders'], subject_type: 'client' });
    expect(items).toContainEqual({ client_id: 'Billing, "Core"\nService', audience: 'https://orders.example.com', scope: ['read:orders'], subject_type: 'user', organization_usage: 'allow', allow_any_organization: true });
  });

  it('names a deleted app by its id, gives default grants no client_id, and all-scopes grants no scope', async () => {
    const { items } = await entries();
    expect(items).toContainEqual({ client_id: 'app_gone', audience: 'https://orders.example.com', scope: [], subject_type: 'client' });
    expect(items).toContainEqual({ default_for: 'third_party_clients', audience: 'https://orders.example.com', scope: ['read:orders'], subject_type: 'client' });
    expect(items).toContainEqual({ client_id: '=HYPERLINK("http://evil")', audience: 'https://unknown.example.com', allow_all_scopes: true, subject_type: 'client' });
  });

  it('says the system grant was left out', async () => {
    const { text } = await entries();
    expect(text.startsWith('# Left out 1 system grant(s)')).toBe(true);
  });

  it('gives the same text in slices as the yaml library does in one go', async () => {
    const whole = await entries(1000);
    const sliced = await entries(2);
    expect(sliced.text).toBe(whole.text);
    const body = whole.text.slice(whole.text.indexOf('clientGrants:'));
    expect(body).toBe(stringify({ clientGrants: whole.items }, { lineWidth: 0 }));
  });

  it('writes an empty section when there is nothing to manage', async () => {
    const text = await buildExport('deploy-cli', exportInput({ grants: [] }), { yieldNow: noYield });
    expect(parse(text)).toEqual({ clientGrants: [] });
  });
});
