import { z } from '../schema';
import { ApiError, NetworkError } from './errors';
import { originForDomain } from './origin';

const tokenResponse = z.looseObject({
  access_token: z.string().check(z.minLength(1)),
  expires_in: z.optional(z.number()),
});
const tokenError = z.looseObject({ error: z.optional(z.string()), error_description: z.optional(z.string()) });

export type ClientCredentials = { domain: string; clientId: string; clientSecret: string };

/**
 * A client-credentials exchange for a Management API token. The dashboard uses it only for the
 * local tenant's demo admin app: a real tenant's admin pastes a token (a browser must never hold a
 * production client secret).
 */
export async function requestManagementToken({ domain, clientId, clientSecret }: ClientCredentials): Promise<string> {
  const origin = originForDomain(domain);
  let response: Response;
  try {
    response = await fetch(`${origin}/oauth/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({
        grant_type: 'client_credentials',
        client_id: clientId,
        client_secret: clientSecret,
        audience: `https://${domain}/api/v2/`,
      }),
    });
  } catch (cause) {
    throw new NetworkError({ origin, likelyCause: 'local-tenant-unreachable', cause });
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const parsed = tokenError.safeParse(body);
    const message = parsed.success ? (parsed.data.error_description ?? parsed.data.error) : undefined;
    throw new ApiError({ status: response.status, error: response.statusText, message: message ?? 'The token request was refused.' });
  }
  return tokenResponse.parse(body).access_token;
}
