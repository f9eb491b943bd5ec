import { correctOwnParams } from '../app/correct-query';
import { parseOrganizationId } from '../app/organization-id-param';

/**
 * The Access view's state in the URL, so a link answers the question for a colleague:
 * `view=access&scope=<value>&audience=<API identifier>` (a scope is only meaningful with its API),
 * `client_id=<id>` for one application's access, and `organization_id=<org id>` for what can reach an
 * organization (the API's own name, as the grants view's Organization filter uses it, with the same meaning).
 */
export type AccessSearch = {
  scope?: { audience: string; value: string };
  client_id?: string;
  organization_id?: string;
};

const text = (raw: string | null, max: number) => {
  const value = raw?.trim();
  return value && value.length <= max ? value : undefined;
};

export function parseAccessSearch(params: URLSearchParams): AccessSearch {
  const search: AccessSearch = {};
  // Auth0 allows scope values up to 280 characters; identifiers are URLs or names.
  const value = text(params.get('scope'), 280);
  const audience = text(params.get('audience'), 600);
  if (value && audience) search.scope = { audience, value };
  const clientId = text(params.get('client_id'), 128);
  if (clientId) search.client_id = clientId;
  const organizationId = parseOrganizationId(params.get('organization_id'));
  if (organizationId) search.organization_id = organizationId;
  return search;
}

export function serializeAccessSearch(search: AccessSearch): URLSearchParams {
  const params = new URLSearchParams({ view: 'access' });
  if (search.scope) {
    params.set('scope', search.scope.value);
    params.set('audience', search.scope.audience);
  }
  if (search.client_id) params.set('client_id', search.client_id);
  if (search.organization_id) params.set('organization_id', search.organization_id);
  return params;
}

const ownKeys = ['scope', 'audience', 'client_id', 'organization_id'] as const;

/**
 * The address bar's query with the Access view's parameters in their canonical form (as the grants view's
 * correctGrantsQuery: a blank, oversized or lone value dropped, a padded one trimmed, a repeated one once), or
 * undefined when it already is. Parameters the view does not own are kept as they are, in place.
 */
export function correctAccessQuery(query: string): string | undefined {
  return correctOwnParams(query, ownKeys, (params) => serializeAccessSearch(parseAccessSearch(params)));
}
