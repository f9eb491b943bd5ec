import { z } from '../schema';
import { decodeJsonPart } from './jwt-parts';

/**
 * Reads a pasted Management API token so the admin sees tenant, expiry and scopes before connecting.
 * The signature is NOT verified, on purpose: the browser has no business holding the tenant's keys,
 * and the tenant verifies every request anyway. Nothing here is a security decision, only guidance.
 */

export const tokenClaimsSchema = z.looseObject({
  aud: z.union([z.string(), z.array(z.string())]),
  /** Epoch seconds. */
  exp: z.number(),
  iat: z.optional(z.number()),
  iss: z.optional(z.string()),
  sub: z.optional(z.string()),
  azp: z.optional(z.string()),
  gty: z.optional(z.union([z.string(), z.array(z.string())])),
  /** Space-separated, as Auth0 issues it for client-credentials tokens. */
  scope: z.optional(z.string()),
});
export type TokenClaims = z.infer<typeof tokenClaimsSchema>;

export type DecodedToken = {
  header: Record<string, unknown>;
  claims: TokenClaims;
  audience: string[];
  scopes: string[];
  /** Epoch milliseconds. */
  expiresAt: number;
  /** Epoch milliseconds, from `iat`. */
  issuedAt?: number;
  /** `{client_id}@clients` for an M2M token. */
  sub?: string;
  iss?: string;
  azp?: string;
};

export type DecodeResult = { ok: true; token: DecodedToken } | { ok: false; error: string };

export type TokenAssessment = {
  errors: string[];
  warnings: string[];
  expiresAt: number;
  scopes: string[];
  audience: string[];
  /** The tenant the token was issued for, read from a Management API audience. */
  tenantDomain?: string;
};

export type GrantAction = 'read' | 'create' | 'update' | 'delete';

export const SCOPE_FOR_ACTION: Record<GrantAction, string> = {
  read: 'read:client_grants',
  create: 'create:client_grants',
  update: 'update:client_grants',
  delete: 'delete:client_grants',
};

const MANAGEMENT_AUDIENCE = /^https:\/\/([^/]+)\/api\/v2\/?$/i;

/**
 * Admins paste from many places: `Bearer …`, a JSON string with quotes, a wrapped line. The token that
 * is previewed and the token that is sent must be the same string, so both use this.
 */
export function cleanTokenInput(raw: string): string {
  let value = raw
    .trim()
    .replace(/^bearer(\s+|$)/i, '')
    .trim();
  if (value.length >= 2 && /^(["']).*\1$/s.test(value)) value = value.slice(1, -1);
  return value.replace(/\s+/g, '');
}

function partCountError(count: number): string {
  if (count === 5)
    return 'This is an encrypted token (JWE), which cannot be read. Paste a Management API access token.';
  return `This is not a JWT: a token has 3 parts separated by dots, this has ${count}.`;
}

function splitScopes(scope: string | undefined): string[] {
  return scope ? scope.split(/\s+/).filter((value) => value.length > 0) : [];
}

export function decodeToken(raw: string): DecodeResult {
  const value = cleanTokenInput(raw);
  if (value === '') return { ok: false, error: 'Paste a Management API token.' };
  const parts = value.split('.');
  const [headerPart, payloadPart] = parts;
  if (parts.length !== 3 || headerPart === undefined || payloadPart === undefined) {
    return { ok: false, error: partCountError(parts.length) };
  }
  const header = decodeJsonPart(headerPart, 'header');
  if (!header.ok) return header;
  const payload = decodeJsonPart(payloadPart, 'payload');
  if (!payload.ok) return payload;
  const claims = tokenClaimsSchema.safeParse(payload.value);
  if (!claims.success) {
    const names = [...new Set(claims.error.issues.map((issue) => issue.path.map(String).join('.')))];
    return { ok: false, error: `The token's claims are missing or invalid: ${names.join(', ')}.` };
  }
  const { aud, exp, iat, scope, sub, iss, azp } = claims.data;
  return {
    ok: true,
    token: {
      header: header.value,
      claims: claims.data,
      audience: typeof aud === 'string' ? [aud] : aud,
      scopes: splitScopes(scope),
      expiresAt: exp * 1000,
      issuedAt: iat === undefined ? undefined : iat * 1000,
      sub,
      iss,
      azp,
    },
  };
}

export function hasScope(scopes: readonly string[], scope: string): boolean {
  return scopes.includes(scope);
}

/** The scope an action needs when the token lacks it, else undefined (features disable + tooltip). */
export function missingScopeFor(action: GrantAction, scopes: readonly string[]): string | undefined {
  const needed = SCOPE_FOR_ACTION[action];
  return hasScope(scopes, needed) ? undefined : needed;
}

export function managementAudience(domain: string): string {
  return `https://${domain}/api/v2/`;
}

function tenantFromAudience(audience: string[]): string | undefined {
  for (const aud of audience) {
    const match = MANAGEMENT_AUDIENCE.exec(aud);
    if (match?.[1]) return match[1].toLowerCase();
  }
  return undefined;
}

function audienceWarning(
  audience: string[],
  domain: string,
  tenantDomain: string | undefined,
): string | undefined {
  // Like Auth0's, the identifier is always https://{domain}/api/v2/, even for the local tenant on http.
  const expected = managementAudience(domain).toLowerCase();
  if (audience.some((aud) => aud.toLowerCase() === expected)) return undefined;
  if (tenantDomain) {
    return `This token is for the tenant ${tenantDomain}, but you are connecting to ${domain}. The tenant will reject it.`;
  }
  return `This token's audience (${audience.join(', ')}) is not the Management API of ${domain} (${managementAudience(domain)}).`;
}

function scopeWarnings(scopes: string[]): string[] {
  const warnings: string[] = [];
  if (!hasScope(scopes, 'read:client_grants')) {
    warnings.push('The token lacks read:client_grants: the grants table cannot load.');
  }
  if (!hasScope(scopes, 'read:clients') && !hasScope(scopes, 'read:client_summary')) {
    warnings.push('The token lacks read:clients: applications will show as IDs instead of names.');
  }
  if (!hasScope(scopes, 'read:resource_servers')) {
    warnings.push('The token lacks read:resource_servers: APIs and their scopes cannot be listed.');
  }
  return warnings;
}

export function assessToken(token: DecodedToken, domain: string, nowMs: number): TokenAssessment {
  const errors: string[] = [];
  const tenantDomain = tenantFromAudience(token.audience);
  if (token.expiresAt <= nowMs) {
    errors.push(`This token expired on ${new Date(token.expiresAt).toISOString()}. Get a new one.`);
  }
  const audience = audienceWarning(token.audience, domain, tenantDomain);
  const warnings = [...(audience ? [audience] : []), ...scopeWarnings(token.scopes)];
  return {
    errors,
    warnings,
    expiresAt: token.expiresAt,
    scopes: token.scopes,
    audience: token.audience,
    tenantDomain,
  };
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "2 d 3 h", "23 h 59 min", "4 min 10 s", "12 s", or "expired". */
export function formatTimeLeft(ms: number): string {
  if (!Number.isFinite(ms) || ms <= 0) return 'expired';
  const days = Math.floor(ms / DAY);
  const hours = Math.floor((ms % DAY) / HOUR);
  const minutes = Math.floor((ms % HOUR) / MINUTE);
  const seconds = Math.floor((ms % MINUTE) / SECOND);
  if (days > 0) return `${days} d ${hours} h`;
  if (hours > 0) return `${hours} h ${minutes} min`;
  if (minutes > 0) return `${minutes} min ${seconds} s`;
  return `${Math.max(seconds, 1)} s`;
}
