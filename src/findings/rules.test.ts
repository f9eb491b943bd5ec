import { describe, expect, it } from 'vitest';
import type { ClientGrant } from '../api/client-grants';
import { createTenantIndex, putApis, putClients, putGrants } from '../tenant-index/tenant-index';
import { evaluateFindings } from './evaluate-findings';
import { findingsForGrant, type RuleContext } from './rules';
import { addEvents, createUsageIndex } from '../usage/usage-index';

const mgmt = {
  id: 'rs0',
  name: 'Auth0 Management API',
  identifier: 'https://t.example/api/v2/',
  is_system: true,
  scopes: ['read:users', 'update:users', 'create:client_grants', 'delete:users', 'read:client_grants'].map((value) => ({ value })),
};
const orders = { id: 'rs1', name: 'Orders API', identifier: 'https://orders', scopes: [{ value: 'read:orders' }, { value: 'write:orders' }] };
const grant = (id: string, extra: Partial<ClientGrant>): ClientGrant => ({ id, audience: orders.identifier, subject_type: 'client', client_id: 'm2m', ...extra });

function context(grants: ClientGrant[], ownClientId?: string): RuleContext {
  const index = createTenantIndex();
  putApis(index, [mgmt, orders]);
  putClients(index, [
    { client_id: 'm2m', name: 'Worker', app_type: 'non_interactive' },
    { client_id: 'spa', name: 'Web', app_type: 'spa' },
    { client_id: 'native', name: 'Phone', app_type: 'native' },
    { client_id: 'admin', name: 'Dashboard admin', app_type: 'non_interactive' },
  ]);
  putGrants(index, grants);
  return { index, ownClientId };
}

const rulesOf = (ctx: RuleContext, g: ClientGrant) => findingsForGrant(ctx, g).map((f) => f.rule);

describe('Management API power', () => {
  it('groups the powerful scopes by what they allow; harmless reads are not findings', () => {
    const g = grant('g1', { audience: mgmt.identifier, scope: ['read:users', 'update:users', 'delete:users', 'create:client_grants'] });
    const [f] = findingsForGrant(context([g]), g);
    expect(f?.rule).toBe('management-power');
    expect(f?.severity).toBe('critical');
    expect(f?.groups?.map((x) => [x.group.id, x.scopes])).toEqual([
      ['widen-access', ['create:client_grants']],
      ['destructive', ['delete:users']],
      ['accounts', ['update:users']],
    ]);
    expect(f?.scopes).toEqual(['create:client_grants', 'delete:users', 'update:users']);
    const reader = grant('g2', { audience: mgmt.identifier, scope: ['read:users'] });
    expect(rulesOf(context([reader]), reader)).toEqual([]);
  });

  it('only destructive scopes is high, not critical; a system grant is reported with no fix', () => {
    const g = grant('g1', { audience: mgmt.identifier, scope: ['delete:users'], is_system: true });
    const [f] = findingsForGrant(context([g]), g);
    expect(f?.severity).toBe('high');
    expect(f?.fixes).toEqual([]);
  });

  it("marks the dashboard's own admin grant", () => {
    const g = grant('g1', { client_id: 'admin', audience: mgmt.identifier, scope: ['create:client_grants', 'read:client_grants'] });
    expect(findingsForGrant(context([g], 'admin'), g)[0]?.ownGrant).toBe(true);
    expect(findingsForGrant(context([g], 'someone-else'), g)[0]?.ownGrant).toBe(false);
  });
});

describe('the other rules', () => {
  it('dangling: a deleted application or a deleted API; default_for grants have no app to lose', () => {
    const goneApp = grant('g1', { client_id: 'gone', scope: ['read:orders'] });
    const goneApi = grant('g2', { audience: 'https://gone', scope: ['x'] });
    const thirdParty = grant('g3', { client_id: undefined, default_for: 'third_party_clients', scope: ['read:orders'] });
    const ctx = context([goneApp, goneApi, thirdParty]);
    expect(findingsForGrant(ctx, goneApp).map((f) => f.title)).toEqual(['Deleted application']);
    expect(findingsForGrant(ctx, goneApi).map((f) => f.title)).toEqual(['Deleted API']);
    expect(rulesOf(ctx, thirdParty)).toEqual([]);
  });

  it('undefined scopes: lists exactly the scopes the API lacks, and offers to remove them', () => {
    const g = grant('g1', { scope: ['read:orders', 'legacy:b', 'legacy:a'] });
    const [f] = findingsForGrant(context([g]), g);
    expect([f?.rule, f?.scopes, f?.fixes]).toEqual(['undefined-scopes', ['legacy:a', 'legacy:b'], ['remove-scopes']]);
  });

  it('unusable: client grants of single-page and native apps; a user grant for them is fine', () => {
    const spa = grant('g1', { client_id: 'spa', scope: ['read:orders'] });
    const native = grant('g2', { client_id: 'native', scope: ['read:orders'] });
    const userGrant = grant('g3', { client_id: 'spa', subject_type: 'user', scope: ['read:orders'] });
    const ctx = context([spa, native, userGrant]);
    expect(rulesOf(ctx, spa)).toEqual(['unusable']);
    expect(rulesOf(ctx, native)).toEqual(['unusable']);
    expect(rulesOf(ctx, userGrant)).toEqual([]);
  });

  it('broad: every scope of an ordinary API, listed one by one; "all scopes" itself is not', () => {
    const listed = grant('g1', { scope: ['write:orders', 'read:orders'] });
    const all = grant('g2', { client_id: 'spa', subject_type: 'user', allow_all_scopes: true, scope: undefined });
    const ctx = context([listed, all]);
    expect(findingsForGrant(ctx, listed).map((f) => [f.rule, f.fixes])).toEqual([['broad', ['allow-all-scopes']]]);
    expect(rulesOf(ctx, all)).toEqual([]);
  });
});

describe('evaluateFindings', () => {
  it('evaluates 100,000 grants in slices, giving the page back between them', async () => {
    const grants = Array.from({ length: 100_000 }, (_, i) =>
      grant(`g${i}`, { client_id: i % 10 === 0 ? 'gone' : 'm2m', scope: i % 3 === 0 ? ['read:orders', 'write:orders'] : ['read:orders'] }),
    );
    const ctx = context(grants);
    let clock = 0;
    let yields = 0;
    const findings = await evaluateFindings(ctx, {
      sliceMs: 8,
      // Each check of the clock advances it 1 ms: a slice is 8 checks, 2,048 grants.
      now: () => clock++,
      yieldToMain: async () => void yields++,
    });
    expect(yields).toBeGreaterThan(40);
    expect(findings.filter((f) => f.rule === 'dangling')).toHaveLength(10_000);
    // Grants of deleted apps that list every scope are still broad; i % 3 === 0 → 33,334 of them.
    expect(findings.filter((f) => f.rule === 'broad')).toHaveLength(33_334);
  });

  it('stops when cancelled', async () => {
    const grants = Array.from({ length: 5_000 }, (_, i) => grant(`g${i}`, { scope: ['read:orders'] }));
    const controller = new AbortController();
    let clock = 0;
    const result = evaluateFindings(context(grants), {
      now: () => (clock += 10),
      sliceMs: 5,
      yieldToMain: async () => controller.abort(),
      signal: controller.signal,
    });
    await expect(result).rejects.toThrow();
  });
});

describe('unused in the log window', () => {
  const DAY = 86_400_000;
  const readAt = Date.UTC(2026, 11, 1);
  const seccft = (clientId: string, audience: string) => ({ log_id: '1', date: new Date(readAt - DAY).toISOString(), type: 'seccft', client_id: clientId, audience });
  function withUsage(ctx: RuleContext, events: ReturnType<typeof seccft>[]): RuleContext {
    const usage = createUsageIndex();
    addEvents(usage, [{ log_id: '0', date: new Date(readAt - 30 * DAY).toISOString(), type: 'sapi' }, ...events]);
    return { ...ctx, usage: { index: usage, readAt } };
  }

  it('finds a grant no token was issued for, saying the window, with the usual fixes', () => {
    const idle = grant('g1', { scope: ['write:orders'] });
    const [f] = findingsForGrant(withUsage(context([idle]), []), idle);
    expect(f).toMatchObject({ rule: 'unused', severity: 'low', title: 'Unused in the log window', scopes: ['write:orders'], fixes: ['remove-scopes', 'delete-grant'] });
    expect(f?.explanation).toMatch(/^No token was issued for this grant in the last 30 days of logs\./);
  });

  it('says nothing of a used grant, nor of any grant while the logs have not been read to the end', () => {
    const used = grant('g1', { scope: ['read:orders'] });
    expect(rulesOf(withUsage(context([used]), [seccft('m2m', orders.identifier)]), used)).not.toContain('unused');
    expect(rulesOf(context([used]), used)).not.toContain('unused');
  });

  it('leaves to other findings the grants that cannot get a token at all (deleted app or API, public app)', () => {
    const grants = [grant('g1', { client_id: 'gone' }), grant('g2', { audience: 'https://gone' }), grant('g3', { client_id: 'spa' })];
    const ctx = withUsage(context(grants), []);
    for (const g of grants) expect(rulesOf(ctx, g)).not.toContain('unused');
  });

  it('offers only Delete for an all-scopes grant', () => {
    const all = grant('g1', { allow_all_scopes: true });
    const found = findingsForGrant(withUsage(context([all]), []), all).find((f) => f.rule === 'unused');
    expect(found?.fixes).toEqual(['delete-grant']);
  });
});
