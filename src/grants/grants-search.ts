import { correctOwnParams } from '../app/correct-query';
import { parseOrganizationId } from '../app/organization-id-param';

export const rowsPerPageOptions = [10, 25, 50, 100] as const;
export const defaultPerPage = 25;

/** List state kept in the URL with the API's own parameter names (§3), so a link reproduces a view. */
export type GrantsSearch = {
  client_id?: string;
  audience?: string;
  subject_type?: 'client' | 'user';
  allow_any_organization?: true;
  /**
   * The grants associated with one organization (`GET /organizations/{id}/client-grants`). That list takes
   * `audience` and `client_id` but neither `subject_type` nor `allow_any_organization`, so with an organization
   * those two are dropped (not filtered on the page: the server's paging and total would no longer be the rows').
   */
  organization_id?: string;
  page: number;
  per_page: number;
  /**
   * The grant open in the detail panel, as the link gave it: an id that cannot exist (see isGrantId)
   * still opens the panel, which says the grant was not found rather than silently showing nothing.
   */
  grant?: string;
};

export type GrantFilterKey = 'client_id' | 'audience' | 'subject_type' | 'allow_any_organization' | 'organization_id';

/** The filters `GET /organizations/{id}/client-grants` cannot combine with an organization. */
export const notWithOrganization = ['subject_type', 'allow_any_organization'] as const;
export type GrantFilterValues = Pick<GrantsSearch, GrantFilterKey>;

// Each parameter is checked on its own: one bad value falls back to its default, the rest of the view
// survives. Plain checks rather than zod: the entry parses the URL (boot/early-first-page.ts) before
// the app's code, and with it zod, has loaded.
const trimmedText = (max: number) => (raw: string) => {
  const value = raw.trim();
  return value.length >= 1 && value.length <= max ? value : undefined;
};
/** Like `Number(raw)` (so ' 2 ' and '1e2' count), but only whole numbers in range. */
const wholeNumber = (max: number) => (raw: string) => {
  const value = Number(raw);
  return Number.isInteger(value) && value >= 0 && value <= max ? value : undefined;
};
const fields = {
  client_id: trimmedText(128),
  audience: trimmedText(600),
  subject_type: (raw: string) => (raw === 'client' || raw === 'user' ? raw : undefined),
  allow_any_organization: (raw: string) => (raw === 'true' ? (true as const) : undefined),
  organization_id: parseOrganizationId,
  page: wholeNumber(100_000),
  per_page: (raw: string) => rowsPerPageOptions.find((option) => option === Number(raw)),
  grant: trimmedText(200),
};

/** Whether a `grant` value can be an Auth0 grant id at all (`cgr_` + letters and digits, in practice). */
export function isGrantId(value: string): boolean {
  return /^[A-Za-z0-9_-]{1,64}$/.test(value);
}

function field<K extends keyof typeof fields>(params: URLSearchParams, key: K): ReturnType<(typeof fields)[K]> | undefined {
  const raw = params.get(key);
  return raw === null ? undefined : (fields[key](raw) as ReturnType<(typeof fields)[K]>);
}

export function parseGrantsSearch(params: URLSearchParams): GrantsSearch {
  const search: GrantsSearch = { page: field(params, 'page') ?? 0, per_page: field(params, 'per_page') ?? defaultPerPage };
  const clientId = field(params, 'client_id');
  const audience = field(params, 'audience');
  const subjectType = field(params, 'subject_type');
  const anyOrganization = field(params, 'allow_any_organization');
  const organizationId = field(params, 'organization_id');
  const grant = field(params, 'grant');
  if (clientId) search.client_id = clientId;
  if (audience) search.audience = audience;
  if (organizationId) search.organization_id = organizationId;
  // With an organization these two cannot apply (see GrantsSearch.organization_id): the link is corrected.
  if (subjectType && !organizationId) search.subject_type = subjectType;
  if (anyOrganization && !organizationId) search.allow_any_organization = anyOrganization;
  if (grant) search.grant = grant;
  return search;
}

/** Defaults are left out so the plain view has a plain URL. */
export function serializeGrantsSearch(search: GrantsSearch): URLSearchParams {
  const params = new URLSearchParams();
  if (search.client_id) params.set('client_id', search.client_id);
  if (search.audience) params.set('audience', search.audience);
  if (search.subject_type) params.set('subject_type', search.subject_type);
  if (search.allow_any_organization) params.set('allow_any_organization', 'true');
  if (search.organization_id) params.set('organization_id', search.organization_id);
  if (search.page > 0) params.set('page', String(search.page));
  if (search.per_page !== defaultPerPage) params.set('per_page', String(search.per_page));
  if (search.grant) params.set('grant', search.grant);
  return params;
}

const searchKeys = [
  'client_id',
  'audience',
  'subject_type',
  'allow_any_organization',
  'organization_id',
  'page',
  'per_page',
  'grant',
] as const;

/**
 * The address bar's query with the list parameters in their canonical form (a bad or default value
 * dropped, a padded one trimmed, a repeated one once), or undefined when it already is canonical.
 * Parameters this page does not own are kept as they are, in place.
 */
export function correctGrantsQuery(query: string): string | undefined {
  return correctOwnParams(query, searchKeys, (params) => serializeGrantsSearch(parseGrantsSearch(params)));
}

export type GrantsSearchAction =
  | { type: 'filter'; key: GrantFilterKey; value: string | undefined }
  | { type: 'page'; page: number }
  | { type: 'perPage'; perPage: number }
  | { type: 'clearFilters' }
  | { type: 'openGrant'; id: string | undefined };

/** Like react-admin's list reducer: changing what is listed, or how many per page, goes back to page 0. */
export function reduceGrantsSearch(search: GrantsSearch, action: GrantsSearchAction): GrantsSearch {
  switch (action.type) {
    case 'filter': {
      const next: GrantsSearch = { ...search, page: 0 };
      delete next[action.key];
      const params = serializeGrantsSearch(next);
      if (action.value) params.set(action.key, action.value);
      return { ...parseGrantsSearch(params), page: 0 };
    }
    case 'page':
      return { ...search, page: Math.max(0, Math.floor(action.page)) };
    case 'perPage':
      return { ...search, per_page: action.perPage, page: 0 };
    case 'clearFilters':
      return { page: 0, per_page: search.per_page, ...(search.grant ? { grant: search.grant } : {}) };
    case 'openGrant': {
      const next = { ...search };
      if (action.id) next.grant = action.id;
      else delete next.grant;
      return next;
    }
  }
}

export function hasFilters(search: GrantFilterValues): boolean {
  return Boolean(
    search.client_id || search.audience || search.subject_type || search.allow_any_organization || search.organization_id,
  );
}

/** The last page that holds rows (0 for an empty list): where a page past the end is moved to. */
export function lastPage(total: number, perPage: number): number {
  return Math.max(0, Math.ceil(total / perPage) - 1);
}
