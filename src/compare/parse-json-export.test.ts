import { describe, expect, it } from 'vitest';
import { buildExport } from '../export/build-export';
import { exportInput, clients, grants as tenantGrants } from '../export/export-fixture';
import { fromTenant } from './from-tenant';
import { parseJsonExport } from './parse-json-export';

const appNames = new Map(clients.map((c) => [c.client_id, c.name]));
const noYield = () => Promise.resolve();

describe('parseJsonExport', () => {
  it('reads back the dashboard JSON export as the tenant itself compares (system grants left out)', async () => {
    const text = await buildExport('json', exportInput(), { yieldNow: noYield });
    const result = parseJsonExport(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const strip = (list: { origin: string }[]) => list.map(({ origin: _origin, ...rest }) => rest);
    const expected = fromTenant(tenantGrants, appNames);
    expect(strip(result.grants)).toEqual(expect.arrayContaining(strip(expected)));
    expect(result.grants).toHaveLength(expected.length);
  });

  it('names the line of a syntax error', () => {
    const result = parseJsonExport('[\n  {"client_id": "a",\n  oops\n]');
    expect(result).toMatchObject({ ok: false, problem: { kind: 'syntax', line: 3 } });
  });

  it('names the entry and field of a wrong type, and reads nothing of the file', () => {
    const good = { client_id: 'a', application_name: 'A', audience: 'https://x', scope: ['r'] };
    const cases: [unknown, string][] = [
      [{ ...good, scope: 'read:all' }, 'Entry 2: "scope" should be a list of text, not text.'],
      [{ ...good, scope: [1, 2] }, 'Entry 2: "scope" should be a list of text, not a list.'],
      [{ ...good, audience: 42 }, 'Entry 2: "audience" should be text, not a number.'],
      [{ ...good, allow_all_scopes: 'true' }, 'Entry 2: "allow_all_scopes" should be true or false, not text.'],
      [{ ...good, subject_type: 'robot' }, 'Entry 2: "subject_type" should be client or user, not text.'],
      [{ ...good, organization_usage: 'sometimes' }, 'Entry 2: "organization_usage" should be deny, allow or require, not text.'],
      [{ ...good, application_name: undefined }, 'Entry 2: "application_name" is missing (it should be non-empty text).'],
      ['a string', 'Entry 2: should be an object with client_id and audience.'],
    ];
    for (const [bad, message] of cases) {
      const result = parseJsonExport(JSON.stringify([good, bad]));
      expect(result).toEqual({ ok: false, problem: { kind: 'shape', message, entry: 2 } });
    }
  });

  it('refuses a file that is not a list', () => {
    expect(parseJsonExport('{"clientGrants": []}')).toMatchObject({ ok: false, problem: { kind: 'shape', line: 1 } });
  });

  it('keeps hostile names as data: injection text, __proto__ keys, duplicate keys (the last wins, as JSON.parse does)', () => {
    const text =
      '[{"client_id":"a","application_name":"\\"]]; <script>alert(1)</script>","audience":"=cmd|\' /C calc\'!A0",' +
      '"scope":["r"],"scope":["w"],"__proto__":{"allow_all_scopes":true}}]';
    const result = parseJsonExport(text);
    expect(result.ok && result.grants[0]).toMatchObject({
      appName: '"]]; <script>alert(1)</script>',
      audience: "=cmd|' /C calc'!A0",
      scopes: ['w'],
      allowAllScopes: false,
    });
    expect(({} as Record<string, unknown>).allow_all_scopes).toBeUndefined();
  });

  it('reads a 5 MB export, and refuses one past the limit before parsing', () => {
    const entry = (i: number) => ({ id: `cgr_${i}`, client_id: `c${i}`, application_name: `App ${i}`, audience: 'https://api.example.com', scope: ['read:a', 'write:b'], subject_type: 'client' });
    const text = JSON.stringify(Array.from({ length: 40000 }, (_, i) => entry(i)));
    expect(text.length).toBeGreaterThan(5_000_000);
    const result = parseJsonExport(text);
    expect(result.ok && result.grants.length).toBe(40000);
    expect(parseJsonExport(' '.repeat(33 * 1024 * 1024))).toMatchObject({ ok: false, problem: { kind: 'too-large' } });
  }, 60_000);
});
