import { createPrivateKey, generateKeyPairSync, sign } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_ADMIN_CLIENT_ID,
  DEFAULT_ADMIN_CLIENT_SECRET,
  READ_ONLY_CLIENT_ID,
  READ_ONLY_CLIENT_SECRET,
  seededClientSecret,
} from './defaults.ts';
import { json, startTestTenant, type ErrorJson, type GrantJson, type TestTenant } from './test-helpers.ts';

// Token endpoint, JWT claims and the 401 → 403 checks of every Management API call (spec §1, §2, §9).

let tenant: TestTenant;
beforeAll(async () => {
  tenant = await startTestTenant();
});
afterAll(() => tenant.close());

const decode = (token: string): Record<string, unknown> =>
  JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
const tokenRequest = (body: Record<string, string>, form = true): Promise<Response> =>
  fetch(`${tenant.url}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': form ? 'application/x-www-form-urlencoded' : 'application/json' },
    body: form ? new URLSearchParams(body).toString() : JSON.stringify(body),
  });
const credentials = {
  grant_type: 'client_credentials',
  client_id: DEFAULT_ADMIN_CLIENT_ID,
  client_secret: DEFAULT_ADMIN_CLIENT_SECRET,
};
const expect401 = async (res: Response, message: string): Promise<void> => {
  expect(res.status).toBe(401);
  const body = await json<ErrorJson>(res);
  expect(body).toMatchObject({ statusCode: 401, error: 'Unauthorized', message });
};
const fakeJwt = (claims: Record<string, unknown>): string => {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const part = (v: unknown): string => Buffer.from(JSON.stringify(v)).toString('base64url');
  const head = `${part({ alg: 'RS256', typ: 'JWT' })}.${part(claims)}`;
  return `${head}.${sign('sha256', Buffer.from(head), createPrivateKey(privateKey.export({ type: 'pkcs8', format: 'pem' }))).toString('base64url')}`;
};

describe('POST /oauth/token', () => {
  it('issues an RS256 JWT with Auth0 claims (form-encoded)', async () => {
    const res = await tokenRequest({ ...credentials, audience: tenant.audience });
    expect(res.status).toBe(200);
    const body = await json<{ access_token: string; scope: string; expires_in: number; token_type: string }>(
      res,
    );
    expect(body.token_type).toBe('Bearer');
    expect(body.expires_in).toBe(86_400);
    expect(body.scope.split(' ').sort()).toEqual([
      'create:client_grants',
      'create:organization_client_grants',
      'delete:client_grants',
      'delete:organization_client_grants',
      'read:client_grants',
      'read:clients',
      'read:logs',
      'read:organization_client_grants',
      'read:organization_connections',
      'read:organizations',
      'read:resource_servers',
      'update:client_grants',
    ]);
    const claims = decode(body.access_token);
    expect(claims).toMatchObject({
      iss: `https://${tenant.domain}/`,
      sub: `${DEFAULT_ADMIN_CLIENT_ID}@clients`,
      aud: tenant.audience,
      gty: 'client-credentials',
      azp: DEFAULT_ADMIN_CLIENT_ID,
      scope: body.scope,
    });
    expect(Number(claims.exp) - Number(claims.iat)).toBe(86_400);
    const header = JSON.parse(
      Buffer.from(body.access_token.split('.')[0] ?? '', 'base64url').toString(),
    ) as Record<string, unknown>;
    expect(header.alg).toBe('RS256');
    const jwks = await json<{ keys: { kid: string; kty: string }[] }>(
      await fetch(`${tenant.url}/.well-known/jwks.json`),
    );
    expect(jwks.keys[0]).toMatchObject({ kid: header.kid, kty: 'RSA' });
  });

  it('accepts JSON bodies', async () => {
    expect((await tokenRequest({ ...credentials, audience: tenant.audience }, false)).status).toBe(200);
  });

  it('401 access_denied for a wrong secret or unknown client', async () => {
    for (const body of [
      { ...credentials, client_secret: 'wrong' },
      { ...credentials, client_id: 'x'.repeat(32) },
    ]) {
      const res = await tokenRequest({ ...body, audience: tenant.audience });
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({ error: 'access_denied', error_description: 'Unauthorized' });
    }
  });

  it('403 access_denied when the app has no grant for the audience', async () => {
    const res = await tokenRequest({ ...credentials, audience: 'https://orders.example.com/' });
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({
      error: 'access_denied',
      error_description:
        'Client is not authorized to access "https://orders.example.com/". You need to create a "client-grant" associated to this API.',
    });
  });

  it('gives any seeded app with a grant a token (derived secrets)', async () => {
    const grants = await json<GrantJson[]>(
      await tenant.call(
        '/api/v2/client-grants?audience=https%3A%2F%2Forders.example.com%2F&subject_type=client',
      ),
    );
    const clients = await json<{ client_id: string }[]>(
      await tenant.call('/api/v2/clients?per_page=100&fields=client_id'),
    );
    const known = new Set(clients.map((c) => c.client_id));
    const grant = grants.find(
      (g) => g.client_id !== undefined && known.has(g.client_id) && g.scope && g.scope.length > 0,
    );
    const id = grant?.client_id ?? '';
    const token = await tenant.token(id, seededClientSecret(id), 'https://orders.example.com/');
    expect(decode(token).scope).toBe(grant?.scope?.join(' '));
    await expect401(
      await tenant.call('/api/v2/client-grants', { token }),
      'Bad audience: https://orders.example.com/',
    );
  });
});

describe('401 then 403 on the Management API', () => {
  it.each<[string, Record<string, string>, string, string]>([
    ['no header', {}, 'Missing authentication', 'missing_authentication'],
    ['not Bearer', { authorization: 'Basic abc' }, 'Bad HTTP authentication header format', 'invalid_token'],
    ['not a JWT', { authorization: 'Bearer not-a-jwt' }, 'Invalid token', 'invalid_token'],
  ])('%s', async (_name, headers, message, errorCode) => {
    const res = await fetch(`${tenant.url}/api/v2/client-grants`, { headers });
    await expect401(res.clone(), message);
    expect((await json<ErrorJson>(res)).errorCode).toBe(errorCode);
  });

  it('a forged or tampered token → 401 Invalid signature', async () => {
    const now = Math.floor(Date.now() / 1000);
    await expect401(
      await tenant.call('/api/v2/client-grants', {
        token: fakeJwt({ aud: tenant.audience, exp: now + 60, scope: 'read:client_grants' }),
      }),
      'Invalid signature received for JSON Web Token validation',
    );
    const real = await tenant.token();
    const [h, , s] = real.split('.');
    const tampered = Buffer.from(JSON.stringify({ ...decode(real), scope: 'read:users' })).toString(
      'base64url',
    );
    await expect401(
      await tenant.call('/api/v2/client-grants', { token: `${h}.${tampered}.${s}` }),
      'Invalid signature received for JSON Web Token validation',
    );
  });

  it('an expired token → 401 Expired token', async () => {
    const short = await startTestTenant({ tokenLifetime: 1, seed: 'empty' });
    try {
      const token = await short.token();
      expect((await short.call('/api/v2/client-grants', { token })).status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 2100));
      await expect401(
        await short.call('/api/v2/client-grants', { token }),
        'Expired token received for JSON Web Token validation',
      );
    } finally {
      await short.close();
    }
  });

  it("a token signed by another tenant's key is refused", async () => {
    const other = await startTestTenant({ seed: 'empty' });
    try {
      const token = await other.token();
      await expect401(
        await tenant.call('/api/v2/client-grants', { token }),
        'Invalid signature received for JSON Web Token validation',
      );
    } finally {
      await other.close();
    }
  });

  it('403 insufficient_scope lists the expected scopes', async () => {
    const token = await tenant.token(READ_ONLY_CLIENT_ID, READ_ONLY_CLIENT_SECRET);
    expect((await tenant.call('/api/v2/client-grants', { token })).status).toBe(200);
    const res = await tenant.call('/api/v2/client-grants', {
      token,
      method: 'POST',
      json: { nonsense: true },
    });
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({
      statusCode: 403,
      error: 'Forbidden',
      message: 'Insufficient scope, expected any of: create:client_grants',
      errorCode: 'insufficient_scope',
    });
    const patch = await tenant.call('/api/v2/client-grants/cgr_0000000000000000', {
      token,
      method: 'PATCH',
      json: {},
    });
    expect((await json<ErrorJson>(patch)).message).toBe(
      'Insufficient scope, expected any of: update:client_grants',
    );
    const del = await tenant.call('/api/v2/client-grants/cgr_0000000000000000', { token, method: 'DELETE' });
    expect((await json<ErrorJson>(del)).message).toBe(
      'Insufficient scope, expected any of: delete:client_grants',
    );
  });

  it('401 comes before 400: a malformed body without a token is a 401', async () => {
    const res = await fetch(`${tenant.url}/api/v2/client-grants`, {
      method: 'POST',
      body: '{',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(401);
  });

  it('new tokens follow grant changes; issued tokens keep their scopes', async () => {
    const before = await tenant.token(READ_ONLY_CLIENT_ID, READ_ONLY_CLIENT_SECRET);
    const grants = await json<GrantJson[]>(
      await tenant.call(
        `/api/v2/client-grants?client_id=${READ_ONLY_CLIENT_ID}&audience=${encodeURIComponent(tenant.audience)}`,
      ),
    );
    const id = grants[0]?.id ?? '';
    const patched = await tenant.call(`/api/v2/client-grants/${id}`, {
      method: 'PATCH',
      json: {
        scope: ['read:client_grants', 'read:clients', 'read:resource_servers', 'create:client_grants'],
      },
    });
    expect(patched.status).toBe(200);
    const after = await tenant.token(READ_ONLY_CLIENT_ID, READ_ONLY_CLIENT_SECRET);
    expect(String(decode(after).scope)).toContain('create:client_grants');
    expect(String(decode(before).scope)).not.toContain('create:client_grants');
    const body = {
      client_id: READ_ONLY_CLIENT_ID,
      audience: 'https://orders.example.com/',
      scope: ['read:orders'],
      subject_type: 'user',
    };
    expect(
      (await tenant.call('/api/v2/client-grants', { token: before, method: 'POST', json: body })).status,
    ).toBe(403);
    expect(
      (await tenant.call('/api/v2/client-grants', { token: after, method: 'POST', json: body })).status,
    ).toBe(201);
  });
});
