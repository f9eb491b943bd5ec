import { describe, expect, it, vi } from 'vitest';
import { createManagementApi } from '../api/management-api';
import { OtherTenantsStore } from './other-tenants';
import { memoryStorage } from '../memory-storage';

const forTenant = createManagementApi;

const now = Date.UTC(2026, 0, 1);
/** An unsigned JWT for `domain`'s Management API, valid for an hour. */
function token(domain: string, sub = 'admin@clients'): string {
  const part = (value: object) =>
    btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  const claims = {
    iss: `https://${domain}/`,
    aud: `https://${domain}/api/v2/`,
    sub,
    iat: now / 1000,
    exp: now / 1000 + 3600,
    scope: 'read:client_grants',
  };
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part(claims)}.c2ln`;
}

const ok = () =>
  Promise.resolve(
    new Response(JSON.stringify({ client_grants: [] }), {
      status: 200,
      headers: { 'Content-Type': 'application/json' },
    }),
  );

describe('OtherTenantsStore', () => {
  it('keeps the token in storage only with Stay connected, and refuses the main tenant and a second connection to one tenant', async () => {
    vi.stubGlobal('fetch', vi.fn(ok));
    const storage = memoryStorage();
    const main = new AbortController();
    const store = new OtherTenantsStore(
      { domain: 'main.example.com', lifetime: main.signal, forTenant },
      { storage, now: () => now },
    );
    expect(store.problemWith('main.example.com', token('main.example.com'))).toMatch(/connected to already/);
    await store.connect({ domain: 'b.example.com', token: token('b.example.com'), stayConnected: false });
    expect(store.tenants().map((t) => t.domain)).toEqual(['b.example.com']);
    expect(storage.getItem('client-grants:other-tenants')).toBeNull();
    expect(store.problemWith('b.example.com', token('b.example.com'))).toMatch(/connected already/);
    await store.connect({ domain: 'c.example.com', token: token('c.example.com'), stayConnected: true });
    expect(storage.getItem('client-grants:other-tenants')).toContain('c.example.com');
    expect(storage.getItem('client-grants:other-tenants')).not.toContain('b.example.com');
    // A reload: only the one kept in this tab comes back.
    const reloaded = new OtherTenantsStore({ domain: 'main.example.com', forTenant }, { storage, now: () => now });
    expect(reloaded.tenants().map((t) => t.domain)).toEqual(['c.example.com']);
    vi.unstubAllGlobals();
  });

  it('ends every second connection (their lifetimes abort) on its own Disconnect and on the main one', async () => {
    vi.stubGlobal('fetch', vi.fn(ok));
    const storage = memoryStorage();
    const main = new AbortController();
    const store = new OtherTenantsStore(
      { domain: 'main.example.com', lifetime: main.signal, forTenant },
      { storage, now: () => now },
    );
    const b = await store.connect({
      domain: 'b.example.com',
      token: token('b.example.com'),
      stayConnected: true,
    });
    const c = await store.connect({
      domain: 'c.example.com',
      token: token('c.example.com'),
      stayConnected: true,
    });
    store.disconnect('b.example.com');
    expect(b.api.lifetime?.aborted).toBe(true);
    expect(c.api.lifetime?.aborted).toBe(false);
    main.abort();
    expect(c.api.lifetime?.aborted).toBe(true);
    expect(store.tenants()).toEqual([]);
    expect(storage.getItem('client-grants:other-tenants')).toBeNull();
    vi.unstubAllGlobals();
  });

  it('keeps nothing when the tenant refuses the token (the form shows why)', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() =>
        Promise.resolve(
          new Response(JSON.stringify({ statusCode: 401, error: 'Unauthorized', message: 'Invalid token' }), {
            status: 401,
            headers: { 'Content-Type': 'application/json' },
          }),
        ),
      ),
    );
    const store = new OtherTenantsStore(
      { domain: 'main.example.com', forTenant },
      { storage: memoryStorage(), now: () => now },
    );
    await expect(
      store.connect({ domain: 'b.example.com', token: token('b.example.com'), stayConnected: false }),
    ).rejects.toMatchObject({ status: 401 });
    expect(store.tenants()).toEqual([]);
    vi.unstubAllGlobals();
  });
});
