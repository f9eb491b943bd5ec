import type { ClientGrant } from '../api/client-grants';
import { apiName, appName, grantOrganizations, sortedScopes, type ExportInput } from './export-input';
import type { Formatter } from './formatter';

const HEADER = [
  'application_name',
  'client_id',
  'app_type',
  'api_name',
  'audience',
  'subject_type',
  'scopes',
  'allow_all_scopes',
  'organization_usage',
  'allow_any_organization',
  'default_for',
  'grant_id',
  'organization_ids',
  'organization_names',
];

/**
 * A spreadsheet runs a cell starting with = + - @ (and tab or CR, OWASP's list) as a formula: an app
 * named `=HYPERLINK(...)` must stay text, so such a cell gets a leading apostrophe. Also a leading space or
 * line feed (spreadsheets trim them and read what follows) and the fullwidth ＝ ＋ － ＠ (U+FF1D, U+FF0B, U+FF0D,
 * U+FF20), which some spreadsheets, in East Asian locales, take for their ASCII forms. A value starting with an
 * apostrophe gets one too (a spreadsheet hides the first), so every cell starting with one had one added.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r\n '\uFF1D\uFF0B\uFF0D\uFF20]/.test(value) ? `'${value}` : value;
}

/** RFC 4180: a field with a comma, quote, CR or LF is quoted, and its quotes doubled. */
export function csvField(value: string): string {
  const text = neutraliseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The scopes cell: scopes separated by one space, as in an OAuth `scope` claim. Auth0 lets a scope hold any
 * character, so one holding whitespace or starting with a quote is written in double quotes, its quotes doubled
 * (the cell's own CSV quoting comes on top): `read:a "odd scope" write:b`. splitScopesCell reads it back.
 */
export function scopesCell(scopes: readonly string[]): string {
  return scopes.map((scope) => (/[\s]|^"/.test(scope) || scope === '' ? `"${scope.replace(/"/g, '""')}"` : scope)).join(' ');
}

/** The scopes of a scopes cell as CSV parsing gives it (a leading apostrophe is the one neutraliseFormula added). */
export function splitScopesCell(cell: string): string[] {
  const scopes: string[] = [];
  const text = cell.startsWith("'") ? cell.slice(1) : cell;
  const pattern = /"((?:[^"]|"")*)"|([^ ]+)/g;
  for (const match of text.matchAll(pattern)) scopes.push(match[1] !== undefined ? match[1].replace(/""/g, '"') : (match[2] ?? ''));
  return scopes;
}

function row(input: ExportInput, grant: ClientGrant): string[] {
  const orgs = grantOrganizations(input, grant);
  return [
    appName(input, grant),
    grant.client_id ?? '',
    (grant.client_id && input.clients.get(grant.client_id)?.app_type) ?? '',
    apiName(input, grant),
    grant.audience,
    grant.subject_type,
    scopesCell(sortedScopes(grant)),
    grant.allow_all_scopes ? 'true' : 'false',
    grant.organization_usage ?? '',
    grant.allow_any_organization === undefined ? '' : String(grant.allow_any_organization),
    grant.default_for ?? '',
    grant.id,
    // Space-separated like scopes (an id holding a space is quoted the same way); empty when not read.
    scopesCell((orgs ?? []).map((o) => o.id)),
    scopesCell((orgs ?? []).map((o) => o.name)),
  ];
}

const line = (fields: string[]) => `${fields.map(csvField).join(',')}\r\n`;

/** One row per grant; scopes space-separated (as in an OAuth `scope` claim) in one cell (see scopesCell). */
export const csvFormat: Formatter = {
  extension: 'csv',
  mimeType: 'text/csv',
  start: () => line(HEADER),
  chunk: (input, grants) => grants.map((g) => line(row(input, g))).join(''),
  end: () => '',
};
