import { stringify } from 'yaml';
import type { ClientGrant } from '../api/client-grants';
import { deployCliOrganizations, organizationsComment } from './deploy-cli-organizations';
import { deployCliWarnings } from './deploy-cli-warnings';
import { sortedScopes, type ExportInput } from './export-input';
import type { Formatter } from './formatter';
import { leftOutComment } from './left-out-comment';
import { writable } from './recreatable';

/**
 * One entry of the Deploy CLI's `clientGrants:` (auth0-deploy-cli src/context/yaml/handlers/clientGrants.ts):
 * `client_id` holds the application's *name* (convertClientIdToName: the id when the app is unknown),
 * the grant `id` is stripped (stripIdentifiers), `scope` is left out with `allow_all_scopes`, and a
 * `default_for` grant carries no client_id (its validate() wants exactly one of the two).
 */
function deployCliGrant(input: ExportInput, grant: ClientGrant): Record<string, unknown> {
  const entry: Record<string, unknown> = {};
  if (grant.client_id) entry.client_id = input.clients.get(grant.client_id)?.name ?? grant.client_id;
  if (grant.default_for) entry.default_for = grant.default_for;
  entry.audience = grant.audience;
  if (grant.allow_all_scopes) entry.allow_all_scopes = true;
  else entry.scope = sortedScopes(grant);
  entry.subject_type = grant.subject_type;
  if (grant.organization_usage) entry.organization_usage = grant.organization_usage;
  if (grant.allow_any_organization !== undefined) entry.allow_any_organization = grant.allow_any_organization;
  if (grant.authorization_details_types) entry.authorization_details_types = [...grant.authorization_details_types];
  return entry;
}

/**
 * The Deploy CLI 8.44's own export writes a `default_for` grant with `client_id: undefined_clientId` and then
 * refuses that file; written without client_id (as here), it imports it (docs/management-api.md).
 */
const DEFAULT_FOR_NOTE =
  "# Default grants for third-party apps (default_for) are written without client_id: the Deploy CLI 8.44 imports them so, though its own export writes client_id: undefined_clientId, which it then refuses.\n";

const KEY_LINE = 'clientGrants:\n';

/**
 * Each slice is a whole `{ clientGrants: [...] }` document from the yaml library, minus its first line:
 * the items of consecutive slices concatenate into the same text one big stringify would give. The
 * `organizations:` section follows, built from every grant written. A grant of a deleted app or API, or a scope its
 * API does not define, fails the whole import: left out (by `writable`) and said at the top.
 */
export const deployCliFormat: Formatter = {
  extension: 'yaml',
  mimeType: 'application/yaml',
  start: (input, grants) => {
    const written = writable(input, grants);
    return (
      leftOutComment(input, grants) +
      (written.some((g) => !g.client_id) ? DEFAULT_FOR_NOTE : '') +
      organizationsComment(input, deployCliOrganizations(input, written).length) +
      deployCliWarnings(input, written) +
      (written.length > 0 ? KEY_LINE : '')
    );
  },
  chunk: (input, grants) => {
    const items = writable(input, grants).map((g) => deployCliGrant(input, g));
    if (items.length === 0) return '';
    return stringify({ clientGrants: items }, { lineWidth: 0 }).slice(KEY_LINE.length);
  },
  end: (input, grants) => {
    const written = writable(input, grants);
    const organizations = deployCliOrganizations(input, written);
    return (
      (written.length > 0 ? '' : 'clientGrants: []\n') +
      (organizations.length > 0 ? stringify({ organizations }, { lineWidth: 0 }) : '')
    );
  },
};
