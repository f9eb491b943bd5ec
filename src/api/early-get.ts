import { requestInit } from './http';

type Pending = { url: string; token: string; response: Promise<Response>; answeredOk: Promise<boolean> };
let pending: Pending | undefined;

/**
 * Starts a GET before the app's code has loaded (see boot/early-first-page.ts), so the first page of
 * grants travels while the bundle downloads. Built by the same function as every other request, so it
 * carries exactly the same headers and options.
 */
export function startEarlyGet(url: string, token: string, fetchImpl: typeof fetch = (input, init) => globalThis.fetch(input, init)): void {
  const response = fetchImpl(url, requestInit(token, 'GET'));
  // Also settles the failure: if nobody adopts the request (the admin lands on another view), it must
  // not become an unhandled rejection.
  const answeredOk = response.then((res) => res.ok, () => false);
  pending = { url, token, response, answeredOk };
}

/**
 * Resolves true once the early GET for this token has answered with a 2xx, false on an error status,
 * a network failure, when there is none to adopt, or after `maxWaitMs`. The app waits this long at most
 * before its first render (app/first-page.ts): rows in one render instead of a skeleton and then rows.
 */
export function waitForEarlyGet(token: string, maxWaitMs: number): Promise<boolean> {
  const current = pending;
  if (!current || current.token !== token) return Promise.resolve(false);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), maxWaitMs)));
  return Promise.race([current.answeredOk, timeout]).finally(() => clearTimeout(timer));
}

/** The request core takes the early response once, and only for the very same URL and token. */
export function adoptEarlyGet(url: string, token: string): Promise<Response> | undefined {
  if (!pending || pending.url !== url || pending.token !== token) return undefined;
  const { response } = pending;
  pending = undefined;
  return response;
}
