import type { ClientGrant } from '../api/client-grants';
import { apiName, appName, sortedScopes, type ExportInput } from './export-input';
import type { Formatter } from './formatter';

function exportedGrant(input: ExportInput, grant: ClientGrant) {
  const scope = grant.scope ? { scope: sortedScopes(grant) } : {};
  return { ...grant, ...scope, application_name: appName(input, grant), api_name: apiName(input, grant) };
}

const indent = (text: string) => text.replace(/^/gm, '  ');

/** The grants as the API returns them (scopes sorted), plus `application_name` and `api_name`. */
export const jsonFormat: Formatter = {
  extension: 'json',
  mimeType: 'application/json',
  start: () => '[\n',
  chunk: (input, grants, first) =>
    (first ? '' : ',\n') + grants.map((g) => indent(JSON.stringify(exportedGrant(input, g), null, 2))).join(',\n'),
  end: (_input, grants) => (grants.length > 0 ? '\n]\n' : ']\n'),
};
