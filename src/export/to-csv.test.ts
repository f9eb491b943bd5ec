import { describe, expect, it } from 'vitest';
import { buildExport } from './build-export';
import { csvField, neutraliseFormula, splitScopesCell } from './to-csv';
import { exportInput, grants, organizationsInput } from './export-fixture';
import type { ClientGrant } from '../api/client-grants';

/** A strict RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      endField();
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else {
      field += c;
    }
  }
  expect(field).toBe('');
  return rows;
}

const noYield = () => Promise.resolve();

describe('csv export', () => {
  it('has a header and one row per grant, in a stable order, every line ending CRLF', async () => {
    const text = await buildExport('csv', exportInput(), { yieldNow: noYield });
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual(['application_name', 'client_id', 'app_type', 'api_name', 'audience', 'subject_type', 'scopes', 'allow_all_scopes', 'organization_usage', 'allow_any_organization', 'default_for', 'grant_id', 'organization_ids', 'organization_names']);
    expect(rows.map((r) => r[11]).sort()).toEqual(grants.map((g) => g.id).sort());
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('keeps names with commas, quotes and newlines intact and neutralises formulas', async () => {
    const rows = parseCsv(await buildExport('csv', exportInput(), { yieldNow: noYield }));
    const billing = rows.find((r) => r[11] === 'cgr_2')!;
    expect(billing.slice(0, 7)).toEqual(['Billing, "Core"\nService', 'app_billing', 'non_interactive', 'Orders API', 'https://orders.example.com', 'client', 'read:orders write:orders']);
    const formula = rows.find((r) => r[11] === 'cgr_5')!;
    expect(formula[0]).toBe(`'=HYPERLINK("http://evil")`);
    expect(formula[3]).toBe('https://unknown.example.com');
    expect(formula[7]).toBe('true');
  });

  it('writes deleted apps as their id and default grants with default_for', async () => {
    const rows = parseCsv(await buildExport('csv', exportInput(), { yieldNow: noYield }));
    expect(rows.find((r) => r[11] === 'cgr_3')!.slice(0, 3)).toEqual(['app_gone', 'app_gone', '']);
    const third = rows.find((r) => r[11] === 'cgr_4')!;
    expect([third[1], third[10]]).toEqual(['', 'third_party_clients']);
    expect(rows.find((r) => r[11] === 'cgr_1')!.slice(8, 10)).toEqual(['allow', 'true']);
  });

  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', ' =1+1', '\n=1+1', '＝1+1', '＋1', '－1', '＠SUM(A1)', "'quoted'"])('neutralises %j', (value) => {
    expect(neutraliseFormula(value)).toBe(`'${value}`);
  });

  it('leaves ordinary text alone and quotes only when needed', () => {
    expect(csvField('read:orders')).toBe('read:orders');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=a,b')).toBe(`"'=a,b"`);
  });

  it('gives back every cell of a hostile grant: the apostrophe added is the only one at the start', async () => {
    const scopes = ['read orders', 'write:orders', ' lead', '"quoted" scope', 'a"b', '=1+1', '＝x'];
    const grant: ClientGrant = { id: 'cgr_odd', client_id: 'app_odd', audience: ' https://odd.example', scope: scopes, subject_type: 'client' };
    const name = '\n＠SUM(A1), "x"';
    const input = exportInput({ grants: [grant], clients: new Map([['app_odd', { client_id: 'app_odd', name }]]), apis: new Map() });
    const row = parseCsv(await buildExport('csv', input, { yieldNow: noYield }))[1]!;
    const unneutralised = (cell: string | undefined) => (cell?.startsWith("'") ? cell.slice(1) : cell);
    expect(unneutralised(row[0])).toBe(name);
    expect(unneutralised(row[4])).toBe(grant.audience);
    expect(splitScopesCell(row[6]!)).toEqual([...scopes].sort());
  });

  it('writes plain scopes as before, space-separated', async () => {
    const rows = parseCsv(await buildExport('csv', exportInput(), { yieldNow: noYield }));
    expect(rows.find((r) => r[11] === 'cgr_2')![6]).toBe('read:orders write:orders');
    expect(splitScopesCell('read:orders write:orders')).toEqual(['read:orders', 'write:orders']);
  });

  it('gives each grant its organization ids and names, space-separated, names with spaces quoted', async () => {
    const rows = parseCsv(await buildExport('csv', organizationsInput(), { yieldNow: noYield }));
    const row = rows.find((r) => r[11] === 'cgr_1')!;
    expect(splitScopesCell(row[12]!)).toEqual(['org_acme', 'org_beta']);
    expect(splitScopesCell(row[13]!)).toEqual(['acme', 'beta ${x}']);
    expect(rows.find((r) => r[11] === 'cgr_4')!.slice(12)).toEqual(['', '']);
    expect(rows).toHaveLength(grants.length + 2);
  });
});
