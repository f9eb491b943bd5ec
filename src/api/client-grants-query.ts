// The client-grants list's query strings: plain functions and types, no schemas, because the entry
// (boot/early-first-page.ts) builds the first page's URL with them before the app's code has loaded.

export type ClientGrantFilters = {
  client_id?: string;
  audience?: string;
  subject_type?: 'client' | 'user';
  /** Auth0 accepts only `true` for this filter. */
  allow_any_organization?: true;
};

export type ListClientGrantsQuery = ClientGrantFilters & { page: number; per_page: number };

/**
 * Picks the filters by name: callers may hand over a wider object (e.g. the page's URL state with
 * `grant`), and Auth0 answers 400 to any query parameter it does not know.
 */
export function filterParams(filters: ClientGrantFilters) {
  return {
    client_id: filters.client_id,
    audience: filters.audience,
    subject_type: filters.subject_type,
    allow_any_organization: filters.allow_any_organization,
  };
}

/** The offset-paged list's query string, shared with the early first-page request (boot/). */
export function clientGrantsListQuery(query: ListClientGrantsQuery) {
  return { page: query.page, per_page: query.per_page, ...filterParams(query), include_totals: true };
}
