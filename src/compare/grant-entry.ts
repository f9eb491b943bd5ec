import { comparableGrant, DEFAULT_GRANT_APP, type ComparableGrant } from './comparable-grant';
import {
  EntryShapeError,
  optionalBoolean,
  optionalSubjectType,
  optionalText,
  optionalTextList,
  optionalUsage,
  requiredText,
  unresolvedKeyword,
  type Entry,
} from './entry-fields';

/** How an entry names its application: the Deploy CLI writes the name in `client_id`; our JSON export has both. */
export type EntryDialect = 'deploy-cli' | 'json-export';

const UNDEFINED_CLIENT = 'undefined_clientId';

export type EntryOutcome = { grant: ComparableGrant } | { skip: string };

function application(entry: Entry, dialect: EntryDialect): { appName: string; clientId?: string; defaultFor?: string } {
  const defaultFor = optionalText(entry, 'default_for');
  const clientField = optionalText(entry, 'client_id');
  // The Deploy CLI 8.44 exports a default_for grant with `client_id: undefined_clientId` (docs/management-api.md).
  const noClient = clientField === undefined || clientField === '' || (dialect === 'deploy-cli' && clientField === UNDEFINED_CLIENT);
  if (defaultFor !== undefined) {
    if (!noClient) throw new EntryShapeError('default_for', 'absent when client_id is set (a grant has one or the other)', defaultFor);
    return { appName: DEFAULT_GRANT_APP, defaultFor };
  }
  if (clientField === undefined || clientField === '') throw new EntryShapeError('client_id', 'text (or default_for set)', entry.client_id);
  if (dialect === 'deploy-cli') return { appName: clientField };
  return { appName: requiredText(entry, 'application_name'), clientId: clientField };
}

/** Organization names listed on an entry: text, or objects with a `name` (as an organizations export has them). */
function organizations(entry: Entry): string[] | undefined {
  const value = Object.prototype.hasOwnProperty.call(entry, 'organizations') ? entry.organizations : undefined;
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) throw new EntryShapeError('organizations', 'a list', value);
  return value.map((item) => {
    if (typeof item === 'string') return item;
    const name = typeof item === 'object' && item !== null ? (item as Entry).name : undefined;
    if (typeof name !== 'string') throw new EntryShapeError('organizations', 'a list of names', value);
    return name;
  });
}

/**
 * One grant entry of a file, checked field by field (a wrong type throws EntryShapeError, which the parser
 * turns into a message naming the entry). An entry that still holds a Deploy CLI keyword is skipped, with why.
 */
export function grantFromEntry(entry: Entry, dialect: EntryDialect, origin: string): EntryOutcome {
  const app = application(entry, dialect);
  const audience = requiredText(entry, 'audience');
  const scopes = optionalTextList(entry, 'scope');
  const allowAllScopes = optionalBoolean(entry, 'allow_all_scopes');
  const keyword = unresolvedKeyword([app.appName, audience, ...(scopes ?? [])]);
  if (keyword) return { skip: `${keyword} has no value (give it one under Keywords)` };
  const grant = comparableGrant({
    ...app,
    audience,
    subjectType: optionalSubjectType(entry),
    scopes,
    allowAllScopes,
    organizationUsage: optionalUsage(entry),
    allowAnyOrganization: optionalBoolean(entry, 'allow_any_organization'),
    organizations: organizations(entry),
    origin,
  });
  return { grant };
}
