import type { QueryClient } from '@tanstack/react-query';
import { earlyGetAnswered } from '../api/early-get';
import { createManagementApi } from '../api/management-api';
import type { RateLimitInfo } from '../api/rate-limit';
import { parseDomain } from '../connection/domain';
import { loadStoredSession } from '../connection/stored-session';
import { grantQueries, listParams } from '../grants/grant-queries';
import { parseGrantsSearch } from '../grants/grants-search';

/** The first page of grants, read before the app's first render, for the session it belongs to. */
export type FirstPage = {
  domain: string;
  token: string;
  rateLimit: RateLimitInfo | undefined;
  /** Puts the page in the query cache, under the key the grants table asks for. */
  seed(client: QueryClient): void;
};

const notAdopted = () => Promise.reject(new Error('The early request was not for this page'));

/**
 * When the entry's early request (boot/early-first-page.ts) has already answered by the time the app's
 * code has loaded, read it now: the first render then shows rows instead of a skeleton, and the page is
 * not rendered twice. Never waits for the network: with no answer yet, the app renders at once and the
 * table adopts the request when it lands, as before.
 */
export async function takeFirstPage(
  search: string = window.location.search,
  storage: Storage = sessionStorage,
): Promise<FirstPage | undefined> {
  const stored = loadStoredSession(storage);
  const domain = stored ? parseDomain(stored.domain) : undefined;
  if (!stored || !domain?.ok || !earlyGetAnswered(stored.token)) return undefined;
  // A fetch that always fails: only the early response may be read here, never a second request.
  const api = createManagementApi({ domain: domain.domain, token: stored.token, fetch: notAdopted });
  const params = listParams(parseGrantsSearch(new URLSearchParams(search)));
  const query = grantQueries.list(api, params);
  try {
    const page = await api.clientGrants.list(params);
    const updatedAt = Date.now();
    return {
      domain: domain.domain,
      token: stored.token,
      rateLimit: api.rateLimit(),
      seed: (client) => client.setQueryData(query.queryKey, page, { updatedAt }),
    };
  } catch {
    // Not this page, or a body that does not check out: the table's own query deals with it.
    return undefined;
  }
}
