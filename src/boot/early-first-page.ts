import { clientGrantsListQuery } from '../api/client-grants-query';
import { startEarlyGet } from '../api/early-get';
import { buildUrl } from '../api/http';
import { originForDomain } from '../api/origin';
import { loadStoredSession } from '../connection/stored-session';
import { tokenExpiresAt } from '../connection/jwt-parts';
import { parseGrantsSearch } from '../grants/grants-search';
import { parseView } from '../app/view';

/**
 * For an admin who stayed connected in this tab: request the page of grants the URL asks for before
 * React and MUI have loaded. The request core adopts this response when the table asks for the same
 * page with the same token, so the first rows wait for the slower of bundle and API, not for both.
 */
export function startEarlyFirstPage(search: string = window.location.search, storage: Storage = sessionStorage): boolean {
  // Only a speed-up: whatever is wrong with the stored session, the app itself decides what to do with it.
  try {
    return startFromSession(search, storage);
  } catch {
    // e.g. a stored domain that is not normalised: the app's restoreSession discards such an entry.
    return false;
  }
}

/** True when the request was started: a session is stored, its token has not expired, the view is the grants table. */
function startFromSession(search: string, storage: Storage): boolean {
  const session = loadStoredSession(storage);
  if (!session) return false;
  const expiresAt = tokenExpiresAt(session.token);
  if (expiresAt === undefined || expiresAt <= Date.now()) return false;
  return requestFirstPage(session.domain, session.token, search);
}

/**
 * Starts the request for the page of grants the URL asks for, to be adopted by the table's query.
 * Also called on Connect (connection-provider.tsx): the request then travels while the page renders
 * its first frame, instead of after it (effects, and so queries, start only once a frame is painted).
 */
export function requestFirstPage(domain: string, token: string, search: string = window.location.search): boolean {
  // Tenant-wide views read the tenant their own way; a grants page nobody shows would spend rate limit
  // (and main.tsx would download the grants page's code for nothing).
  if (parseView(search) !== 'grants') return false;
  const grantsSearch = parseGrantsSearch(new URLSearchParams(search));
  // An organization's grants come from another list (grant-queries.ts), read once the app has loaded.
  if (grantsSearch.organization_id) return false;
  const query = clientGrantsListQuery(grantsSearch);
  startEarlyGet(buildUrl(originForDomain(domain), 'client-grants', query).toString(), token);
  return true;
}
