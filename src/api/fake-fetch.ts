/** A recording stand-in for `fetch`, for unit tests of the api module (never used by the app). */
export type RecordedCall = { url: string; init: RequestInit };
export type FakeReply = Response | Error | (() => Response | Error);

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}

export function auth0Error(
  status: number,
  error: string,
  message: string,
  errorCode?: string,
  headers: Record<string, string> = {},
) {
  return jsonResponse(
    { statusCode: status, error, message, ...(errorCode ? { errorCode } : {}) },
    status,
    headers,
  );
}

export function createFakeFetch(replies: FakeReply[]) {
  const calls: RecordedCall[] = [];
  const queue = [...replies];
  const fetch: typeof globalThis.fetch = async (input, init = {}) => {
    calls.push({ url: String(input), init });
    const next = queue.shift();
    if (next === undefined) throw new Error(`Unexpected request ${String(input)}`);
    const reply = typeof next === 'function' ? next() : next;
    // Not `instanceof Error`: jsdom's DOMException (AbortError) comes from another realm.
    if (!(reply instanceof Response)) throw reply;
    return reply;
  };
  return { fetch, calls };
}
