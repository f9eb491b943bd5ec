import { requestInit } from './http';

type Pending = { url: string; token: string; response: Promise<Response> };
let pending: Pending | undefined;

/**
 * Starts a GET before the app's code has loaded (see boot/early-first-page.ts), so the first page of
 * grants travels while the bundle downloads. Built by the same function as every other request, so it
 * carries exactly the same headers and options.
 */
export function startEarlyGet(url: string, token: string, fetchImpl: typeof fetch = (input, init) => globalThis.fetch(input, init)): void {
  const response = fetchImpl(url, requestInit(token, 'GET'));
  // If nobody adopts it (the admin lands on another view), its failure must not be an unhandled rejection.
  response.catch(() => undefined);
  pending = { url, token, response };
}

/** The request core takes the early response once, and only for the very same URL and token. */
export function adoptEarlyGet(url: string, token: string): Promise<Response> | undefined {
  if (!pending || pending.url !== url || pending.token !== token) return undefined;
  const { response } = pending;
  pending = undefined;
  return response;
}
