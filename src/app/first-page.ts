import type { QueryClient } from '@tanstack/react-query';
import { waitForEarlyGet } from '../api/early-get';
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
 * How long the first render may wait for the entry's early request. Rendering a skeleton and then the
 * rows costs two renders of the page (~100 ms each on a 2-core laptop); when the answer is this close,
 * one render with rows shows them sooner. A slower tenant gets the skeleton after this wait.
 */
export const FIRST_PAGE_MAX_WAIT_MS = 250;

/**
 * Reads the entry's early request (boot/early-first-page.ts) before the app's first render, waiting for
 * it up to FIRST_PAGE_MAX_WAIT_MS: the first render then shows rows instead of a skeleton. Without an
 * answer by then, the app renders at once and the table adopts the request when it lands.
 */
export async function takeFirstPage(
  search: string = window.location.search,
  storage: Storage = sessionStorage,
  maxWaitMs: number = FIRST_PAGE_MAX_WAIT_MS,
): Promise<FirstPage | undefined> {
  const stored = loadStoredSession(storage);
  const domain = stored ? parseDomain(stored.domain) : undefined;
  if (!stored || !domain?.ok) return undefined;
  return readFirstPage(domain.domain, stored.token, search, maxWaitMs);
}

/**
 * The same for a session that has just connected: Connect starts the request (requestFirstPage) and
 * waits for it like this before the grants page renders. `domain` is already normalised.
 */
export async function readFirstPage(
  domain: string,
  token: string,
  search: string = window.location.search,
  maxWaitMs: number = FIRST_PAGE_MAX_WAIT_MS,
): Promise<FirstPage | undefined> {
  if (!(await waitForEarlyGet(token, maxWaitMs))) return undefined;
  // A fetch that always fails: only the early response may be read here, never a second request.
  const api = createManagementApi({ domain, token, fetch: notAdopted });
  const params = listParams(parseGrantsSearch(new URLSearchParams(search)));
  const query = grantQueries.list(api, params);
  try {
    const page = await api.clientGrants.list(params);
    const updatedAt = Date.now();
    return {
      domain,
      token,
      rateLimit: api.rateLimit(),
      seed: (client) => client.setQueryData(query.queryKey, page, { updatedAt }),
    };
  } catch {
    // Not this page, or a body that does not check out: the table's own query deals with it.
    return undefined;
  }
}
