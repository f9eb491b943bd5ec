import { describe, expect, it } from 'vitest';
import {
  cleanTokenInput,
  assessToken,
  decodeToken,
  formatTimeLeft,
  hasScope,
  missingScopeFor,
  type DecodedToken,
} from './token';

const NOW = Date.UTC(2025, 0, 1, 12, 0, 0);
const DOMAIN = 'acme.us.auth0.com';
const ALL_SCOPES =
  'read:client_grants create:client_grants update:client_grants delete:client_grants read:clients read:resource_servers';

function base64url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

function jwt(
  payload: Record<string, unknown>,
  header: Record<string, unknown> = { alg: 'RS256', typ: 'JWT', kid: 'k1' },
): string {
  return `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}.c2lnbmF0dXJl`;
}

function claims(overrides: Record<string, unknown> = {}) {
  return {
    iss: `https://${DOMAIN}/`,
    sub: 'abc@clients',
    aud: `https://${DOMAIN}/api/v2/`,
    iat: NOW / 1000 - 60,
    exp: NOW / 1000 + 86_340,
    scope: ALL_SCOPES,
    gty: 'client-credentials',
    azp: 'abc',
    ...overrides,
  };
}

function decoded(overrides: Record<string, unknown> = {}): DecodedToken {
  const result = decodeToken(jwt(claims(overrides)));
  if (!result.ok) throw new Error(result.error);
  return result.token;
}

function decodeError(raw: string): string {
  const result = decodeToken(raw);
  if (result.ok) throw new Error('expected a decoding error');
  return result.error;
}

describe('decodeToken', () => {
  it('decodes header and claims without verifying the signature', () => {
    const result = decodeToken(jwt(claims()));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.token).toMatchObject({
      header: { alg: 'RS256', kid: 'k1' },
      audience: [`https://${DOMAIN}/api/v2/`],
      scopes: ALL_SCOPES.split(' '),
      expiresAt: NOW + 86_340_000,
      issuedAt: NOW - 60_000,
      sub: 'abc@clients',
      iss: `https://${DOMAIN}/`,
      azp: 'abc',
    });
    expect(result.token.claims.gty).toBe('client-credentials');
  });

  it('trims, strips "Bearer ", quotes and line breaks', () => {
    const token = jwt(claims());
    for (const raw of [
      `  ${token}\n`,
      `Bearer ${token}`,
      `bearer   ${token}`,
      `"${token}"`,
      `${token.slice(0, 20)}\n${token.slice(20)}`,
    ]) {
      expect(decodeToken(raw).ok).toBe(true);
    }
  });

  it('accepts an audience array and no scope', () => {
    const token = decoded({
      aud: [`https://${DOMAIN}/api/v2/`, `https://${DOMAIN}/userinfo`],
      scope: undefined,
    });
    expect(token.audience).toHaveLength(2);
    expect(token.scopes).toEqual([]);
  });

  it('handles UTF-8 in claims', () => {
    expect(decoded({ name: 'Zoë' }).claims.name).toBe('Zoë');
  });

  it('lets unknown claims through', () => {
    expect(decoded({ 'https://example.com/tenant': 'x' }).claims['https://example.com/tenant']).toBe('x');
  });

  it.each([
    ['', /paste a management api token/i],
    ['Bearer ', /paste a management api token/i],
    ['garbage', /not a JWT.*this has 1/],
    ['abc.def', /not a JWT.*this has 2/],
    ['a.b.c.d', /not a JWT.*this has 4/],
    ['a.b.c.d.e', /encrypted token \(JWE\)/],
  ])('rejects %j', (raw, message) => {
    expect(decodeError(raw)).toMatch(message);
  });

  it('rejects bad base64url', () => {
    expect(decodeError(`@@@.${base64url('{}')}.sig`)).toMatch(/header is not valid base64url/);
    expect(decodeError(`${base64url('{"alg":"RS256"}')}.a+b/.sig`)).toMatch(/payload is not valid base64url/);
    expect(decodeError(`${base64url('{"alg":"RS256"}')}.abcde.sig`)).toMatch(
      /payload is not valid base64url/,
    );
  });

  it('rejects bad JSON', () => {
    expect(decodeError(`${base64url('{alg:')}.${base64url('{}')}.sig`)).toMatch(/header is not valid JSON/);
    expect(decodeError(`${base64url('{"alg":"RS256"}')}.${base64url('not json')}.sig`)).toMatch(
      /payload is not valid JSON/,
    );
    expect(decodeError(`${base64url('{"alg":"RS256"}')}.${base64url('[1,2]')}.sig`)).toMatch(
      /payload is not a JSON object/,
    );
  });

  it('rejects missing or mistyped claims, naming them', () => {
    expect(decodeError(jwt({ sub: 'x' }))).toMatch(/claims are missing or invalid: aud, exp/);
    expect(decodeError(jwt(claims({ exp: 'tomorrow' })))).toMatch(/exp/);
    expect(decodeError(jwt(claims({ scope: ['read:client_grants'] })))).toMatch(/scope/);
  });
});

describe('assessToken', () => {
  it('has nothing to say about a good token', () => {
    const assessment = assessToken(decoded(), DOMAIN, NOW);
    expect(assessment).toEqual({
      errors: [],
      warnings: [],
      expiresAt: NOW + 86_340_000,
      scopes: ALL_SCOPES.split(' '),
      audience: [`https://${DOMAIN}/api/v2/`],
      tenantDomain: DOMAIN,
    });
  });

  it('errors on an expired token', () => {
    const assessment = assessToken(decoded({ exp: NOW / 1000 - 1 }), DOMAIN, NOW);
    expect(assessment.errors).toHaveLength(1);
    expect(assessment.errors[0]).toMatch(/expired/);
    expect(assessToken(decoded({ exp: NOW / 1000 }), DOMAIN, NOW).errors).toHaveLength(1);
  });

  it('warns, naming both tenants, when the token is for another tenant', () => {
    const assessment = assessToken(decoded({ aud: 'https://other.eu.auth0.com/api/v2/' }), DOMAIN, NOW);
    expect(assessment.errors).toEqual([]);
    expect(assessment.tenantDomain).toBe('other.eu.auth0.com');
    expect(assessment.warnings).toHaveLength(1);
    expect(assessment.warnings[0]).toContain('other.eu.auth0.com');
    expect(assessment.warnings[0]).toContain(DOMAIN);
  });

  it('warns when the audience is not a Management API at all', () => {
    const assessment = assessToken(decoded({ aud: 'https://api.example.com' }), DOMAIN, NOW);
    expect(assessment.tenantDomain).toBeUndefined();
    expect(assessment.warnings[0]).toContain('https://api.example.com');
    expect(assessment.warnings[0]).toContain(`https://${DOMAIN}/api/v2/`);
  });

  it('matches the local tenant, whose audience is https even though it is served over http', () => {
    const local = decoded({ aud: 'https://127.0.0.1:4010/api/v2/' });
    expect(assessToken(local, '127.0.0.1:4010', NOW).warnings).toEqual([]);
    expect(assessToken(local, 'localhost:4010', NOW).warnings[0]).toMatch(
      /127\.0\.0\.1:4010.*localhost:4010/,
    );
  });

  it('warns that the grants table cannot load without read:client_grants', () => {
    const assessment = assessToken(decoded({ scope: 'read:clients read:resource_servers' }), DOMAIN, NOW);
    expect(assessment.warnings).toEqual([
      'The token lacks read:client_grants: the grants table cannot load.',
    ]);
  });

  it('warns about missing picker scopes, accepting read:client_summary for names', () => {
    const bare = assessToken(decoded({ scope: 'read:client_grants' }), DOMAIN, NOW);
    expect(bare.warnings).toHaveLength(2);
    expect(bare.warnings.join(' ')).toMatch(/read:clients.*read:resource_servers/);
    const summary = assessToken(
      decoded({ scope: 'read:client_grants read:client_summary read:resource_servers' }),
      DOMAIN,
      NOW,
    );
    expect(summary.warnings).toEqual([]);
  });

  it('a read-only token has no warnings but cannot create, update or delete', () => {
    const { scopes } = assessToken(
      decoded({ scope: 'read:client_grants read:clients read:resource_servers' }),
      DOMAIN,
      NOW,
    );
    expect(missingScopeFor('read', scopes)).toBeUndefined();
    expect(missingScopeFor('create', scopes)).toBe('create:client_grants');
    expect(missingScopeFor('update', scopes)).toBe('update:client_grants');
    expect(missingScopeFor('delete', scopes)).toBe('delete:client_grants');
  });
});

describe('scope helpers', () => {
  it('hasScope matches whole scopes only', () => {
    expect(hasScope(['read:client_grants'], 'read:client_grants')).toBe(true);
    expect(hasScope(['read:client_grants_extra'], 'read:client_grants')).toBe(false);
    expect(hasScope([], 'read:client_grants')).toBe(false);
  });

  it('missingScopeFor maps every action', () => {
    const all = ALL_SCOPES.split(' ');
    expect(
      (['read', 'create', 'update', 'delete'] as const).map((action) => missingScopeFor(action, all)),
    ).toEqual([undefined, undefined, undefined, undefined]);
    expect(missingScopeFor('read', [])).toBe('read:client_grants');
  });
});

describe('formatTimeLeft', () => {
  it.each([
    [24 * 3600_000 - 60_000, '23 h 59 min'],
    [4 * 60_000 + 10_000, '4 min 10 s'],
    [3600_000, '1 h 0 min'],
    [59_999, '59 s'],
    [500, '1 s'],
    [3 * 86_400_000 + 2 * 3600_000, '3 d 2 h'],
    [0, 'expired'],
    [-1, 'expired'],
    [Number.NaN, 'expired'],
  ])('%d ms → %s', (ms, text) => {
    expect(formatTimeLeft(ms)).toBe(text);
  });
});

describe('cleanTokenInput', () => {
  // What the preview decodes and what is sent must be the same string (a quoted or wrapped paste
  // once previewed as valid and was then sent with its quotes and spaces, and refused).
  it.each([
    ['Bearer aaa.bbb.ccc', 'aaa.bbb.ccc'],
    ['"aaa.bbb.ccc"', 'aaa.bbb.ccc'],
    ["  'aaa.bbb.ccc'\n", 'aaa.bbb.ccc'],
    ['aaa.bbb\n.ccc', 'aaa.bbb.ccc'],
    ['aaa.b bb.ccc', 'aaa.bbb.ccc'],
  ])('%j → %s', (input, expected) => {
    expect(cleanTokenInput(input)).toBe(expected);
  });
});
