import { describe, expect, it } from 'vitest';
import { parseDeployCliDirectory } from './parse-deploy-cli-directory';

const file = (name: string, value: unknown) => ({ name, text: JSON.stringify(value, null, 2) });

describe('parseDeployCliDirectory', () => {
  it('reads one grant per file (application by name), skips empty objects, and orders by file name', () => {
    const result = parseDeployCliDirectory([
      file('grants/Zed-orders.json', { client_id: 'Zed', audience: 'https://orders/', scope: ['b', 'a'] }),
      file('grants/Alpha-orders.json', { client_id: 'Alpha', audience: 'https://orders/', allow_all_scopes: true }),
      file('grants/empty.json', {}),
    ]);
    expect(result.ok && result.grants.map((g) => [g.appName, g.scopes, g.allowAllScopes, g.origin])).toEqual([
      ['Alpha', [], true, 'grants/Alpha-orders.json'],
      ['Zed', ['a', 'b'], false, 'grants/Zed-orders.json'],
    ]);
  });

  it('replaces keywords in each file, as loadJSON does', () => {
    const result = parseDeployCliDirectory(
      [{ name: 'grants/a.json', text: '{"client_id": "##APP##", "audience": "https://##ENV##/", "scope": @@SCOPES@@}' }],
      { APP: 'Billing', ENV: 'prod', SCOPES: ['read:a'] },
    );
    expect(result.ok && result.grants[0]).toMatchObject({ appName: 'Billing', audience: 'https://prod/', scopes: ['read:a'] });
  });

  it('names the file of a syntax error (with its line) or of a wrong type', () => {
    const broken = parseDeployCliDirectory([file('grants/a.json', { client_id: 'A', audience: 'x' }), { name: 'grants/b.json', text: '{\n"client_id": "B",\n}' }]);
    expect(broken).toMatchObject({ ok: false, problem: { kind: 'syntax', file: 'grants/b.json', line: 3 } });
    const wrong = parseDeployCliDirectory([file('grants/a.json', { client_id: 'A', audience: 'x', allow_any_organization: 'yes' })]);
    expect(wrong).toEqual({
      ok: false,
      problem: { kind: 'shape', file: 'grants/a.json', message: 'grants/a.json: "allow_any_organization" should be true or false, not text.' },
    });
    expect(parseDeployCliDirectory([file('grants/list.json', [1, 2])])).toMatchObject({ ok: false, problem: { file: 'grants/list.json' } });
  });

  it('links organizations from organizations/*.json to the one grant of each named application', () => {
    const result = parseDeployCliDirectory([
      file('grants/a.json', { client_id: 'A', audience: 'x', scope: [] }),
      file('grants/b.json', { client_id: 'B', audience: 'x', scope: [] }),
      file('organizations/acme.json', { name: 'acme', client_grants: [{ client_id: 'A' }] }),
    ]);
    expect(result.ok && result.grants.map((g) => g.organizations)).toEqual([['acme'], []]);
  });

  it('refuses a set of files past the size limit before reading any', () => {
    const big = { name: 'grants/big.json', text: ' '.repeat(17 * 1024 * 1024) };
    expect(parseDeployCliDirectory([big, big])).toMatchObject({ ok: false, problem: { kind: 'too-large' } });
  });
});
