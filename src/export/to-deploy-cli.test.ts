import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { buildExport } from './build-export';
import { clients, exportInput, grants } from './export-fixture';
import type { ClientGrant } from '../api/client-grants';

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

  it('names an app whose name was not read by its id, gives default grants no client_id, and all-scopes grants no scope', async () => {
    const { text, items } = await entries();
    expect(items).toContainEqual({ client_id: 'app_gone', audience: 'https://orders.example.com', scope: [], subject_type: 'client' });
    expect(items).toContainEqual({ default_for: 'third_party_clients', audience: 'https://orders.example.com', scope: ['read:orders'], subject_type: 'client' });
    expect(text).toContain('# Default grants for third-party apps (default_for) are written without client_id');
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

  it('has no warning when names are unique and hold no keyword marker', async () => {
    const { text } = await entries();
    expect(text).not.toContain('Warning');
  });

  it('warns at the top when an exported app shares its name with another app (the Deploy CLI takes the first)', async () => {
    const twin = { client_id: 'app_twin', name: clients[0]!.name, app_type: 'spa' as const };
    const input = exportInput({ clients: new Map([...clients, twin].map((c) => [c.client_id, c])) });
    const text = await buildExport('deploy-cli', input, { yieldNow: noYield });
    const comments = text.slice(0, text.indexOf('clientGrants:'));
    expect(comments).toContain('# Warning: 1 application name(s) are borne by more than one application: "Billing, \\"Core\\"\\nService".');
    expect(comments).toContain('takes the first one');
    expect((parse(text) as { clientGrants: Entry[] }).clientGrants).toHaveLength(grants.length - 1);
  });

  it('warns about keyword markers in names, audiences and scopes, on comment lines a YAML reader cannot be tricked out of', async () => {
    const name = 'Deploy ##ENV## \u2028clientGrants: [] \u202Eevil';
    const grant: ClientGrant = { id: 'cgr_k', client_id: 'app_k', audience: 'https://@@HOSTS@@.example', scope: ['read:##X##', 'read:plain'], subject_type: 'client' };
    const input = exportInput({ grants: [grant], clients: new Map([['app_k', { client_id: 'app_k', name }]]) });
    const text = await buildExport('deploy-cli', input, { yieldNow: noYield });
    const [first, second, third] = text.split('\n');
    expect(first).toBe(
      `# Warning: 3 value(s) hold the Deploy CLI's keyword markers (##…## or @@…@@): "Deploy ##ENV## \\u2028clientGrants: [] ⟨U+202E⟩evil", "https://@@HOSTS@@.example", "read:##X##".`,
    );
    expect(second?.startsWith('# With AUTH0_KEYWORD_REPLACE_MAPPINGS set')).toBe(true);
    expect(third).toBe('clientGrants:');
    expect(parse(text)).toEqual({ clientGrants: [{ client_id: name, audience: grant.audience, scope: ['read:##X##', 'read:plain'], subject_type: 'client' }] });
  });
});
