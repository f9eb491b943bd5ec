import { requestInit } from './http';

type Pending = { url: string; token: string; response: Promise<Response>; answered: boolean };
let pending: Pending | undefined;

/**
 * Starts a GET before the app's code has loaded (see boot/early-first-page.ts), so the first page of
 * grants travels while the bundle downloads. Built by the same function as every other request, so it
 * carries exactly the same headers and options.
 */
export function startEarlyGet(url: string, token: string, fetchImpl: typeof fetch = (input, init) => globalThis.fetch(input, init)): void {
  const response = fetchImpl(url, requestInit(token, 'GET'));
  const started: Pending = { url, token, response, answered: false };
  // `answered`: a successful status is in (see earlyGetAnswered). If nobody adopts the request (the
  // admin lands on another view), its failure must not be an unhandled rejection.
  response.then((res) => (started.answered = res.ok)).catch(() => undefined);
  pending = started;
}

/**
 * True when an early GET for this token is waiting to be adopted and has already answered with a 2xx:
 * the app can then read it before its first render (app/first-page.ts) instead of showing a skeleton.
 */
export function earlyGetAnswered(token: string): boolean {
  return pending?.token === token && pending.answered;
}

/** The request core takes the early response once, and only for the very same URL and token. */
export function adoptEarlyGet(url: string, token: string): Promise<Response> | undefined {
  if (!pending || pending.url !== url || pending.token !== token) return undefined;
  const { response } = pending;
  pending = undefined;
  return response;
}
