import type { ClientGrant } from '../api/client-grants';
import { apiName, appName, grantOrganizations, sortedScopes, type ExportInput } from './export-input';
import type { Formatter } from './formatter';

function exportedGrant(input: ExportInput, grant: ClientGrant) {
  const scope = grant.scope ? { scope: sortedScopes(grant) } : {};
  const orgs = grantOrganizations(input, grant);
  // Absent when organizations were not read (the screen says why); [] when read and none is associated.
  const organizations = orgs ? { organizations: orgs.map(({ id, name }) => ({ id, name })) } : {};
  return { ...grant, ...scope, application_name: appName(input, grant), api_name: apiName(input, grant), ...organizations };
}

/**
 * Two spaces before every line. Only at `\n`: a `^` with the `m` flag also starts a line after U+2028 and
 * U+2029, which JSON.stringify leaves unescaped inside strings, so it once put two spaces into such values.
 */
const indent = (text: string) => `  ${text.replace(/\n/g, '\n  ')}`;

/**
 * The grants as the API returns them (scopes sorted), plus `application_name`, `api_name` and `organizations`
 * (each associated organization's id and name). Every grant, recreatable or not.
 */
export const jsonFormat: Formatter = {
  extension: 'json',
  mimeType: 'application/json',
  start: () => '[\n',
  chunk: (input, grants, first) =>
    (first ? '' : ',\n') + grants.map((g) => indent(JSON.stringify(exportedGrant(input, g), null, 2))).join(',\n'),
  end: (_input, grants) => (grants.length > 0 ? '\n]\n' : ']\n'),
};
