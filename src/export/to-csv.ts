import type { ClientGrant } from '../api/client-grants';
import { apiName, appName, sortedScopes, type ExportInput } from './export-input';
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
];

/**
 * A spreadsheet runs a cell starting with = + - @ (and tab or CR, OWASP's list) as a formula: an app
 * named `=HYPERLINK(...)` must stay text, so such a cell gets a leading apostrophe.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** RFC 4180: a field with a comma, quote, CR or LF is quoted, and its quotes doubled. */
export function csvField(value: string): string {
  const text = neutraliseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function row(input: ExportInput, grant: ClientGrant): string[] {
  return [
    appName(input, grant),
    grant.client_id ?? '',
    (grant.client_id && input.clients.get(grant.client_id)?.app_type) ?? '',
    apiName(input, grant),
    grant.audience,
    grant.subject_type,
    sortedScopes(grant).join(' '),
    grant.allow_all_scopes ? 'true' : 'false',
    grant.organization_usage ?? '',
    grant.allow_any_organization === undefined ? '' : String(grant.allow_any_organization),
    grant.default_for ?? '',
    grant.id,
  ];
}

const line = (fields: string[]) => `${fields.map(csvField).join(',')}\r\n`;

/** One row per grant; scopes space-separated (as in an OAuth `scope` claim) in one cell. */
export const csvFormat: Formatter = {
  extension: 'csv',
  mimeType: 'text/csv',
  start: () => line(HEADER),
  chunk: (input, grants) => grants.map((g) => line(row(input, g))).join(''),
  end: () => '',
};
