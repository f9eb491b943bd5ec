/** How every Management API request is built; shared by the request core and the early first-page GET. */
export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE';
export type QueryValue = string | number | boolean | undefined;
/** An array is sent as the parameter repeated (`grant_ids=a&grant_ids=b`, OpenAPI's form/explode). */
export type QueryParams = Record<string, QueryValue | readonly string[]>;

export function buildUrl(origin: string, path: string, query: QueryParams = {}): URL {
  const url = new URL(`/api/v2/${path}`, origin);
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    for (const one of Array.isArray(value) ? value : [value])
      if (one !== undefined) params.append(name, String(one));
  }
  url.search = params.toString();
  // Belt and braces: the token must only ever travel to the configured tenant's Management API.
  if (url.origin !== origin || !url.pathname.startsWith('/api/v2/')) {
    throw new TypeError(`Refusing to call ${url.origin}${url.pathname}`);
  }
  return url;
}

/**
 * Only these headers: Auth0's CORS preflight refuses anything else (a custom `Auth0-Client`
 * header was refused, §8). The token goes in the Authorization header, never in the URL.
 */
function buildHeaders(token: string, hasBody: boolean): Record<string, string> {
  const headers: Record<string, string> = {
    Authorization: `Bearer ${token}`,
    Accept: 'application/json',
  };
  if (hasBody) headers['Content-Type'] = 'application/json';
  return headers;
}

export function requestInit(token: string, method: HttpMethod, body?: unknown, signal?: AbortSignal): RequestInit {
  const hasBody = body !== undefined;
  return {
    method,
    headers: buildHeaders(token, hasBody),
    body: hasBody ? JSON.stringify(body) : undefined,
    signal,
    // No cookies to the Auth0 domain (the admin may have a session there), and never follow a
    // redirect: the bearer token must reach this origin's /api/v2 and nothing else.
    credentials: 'omit',
    redirect: 'error',
  };
}
