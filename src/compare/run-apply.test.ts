import { describe, expect, it, vi } from 'vitest';
import type { ClientGrant, CreateClientGrantBody, UpdateClientGrantBody } from '../api/client-grants';
import { ApiError, NetworkError } from '../api/errors';
import type { ManagementApi } from '../api/management-api';
import { loadApplyJournal, type ApplyEntry, type ApplyJournal } from './apply-journal';
import { buildApplyPlan } from './apply-plan';
import { compareGrants } from './diff';
import { fromTenant } from './from-tenant';
import { runApply } from './run-apply';
import { abortOnPageHide } from '../bulk/abort-on-page-hide';
import { undoApply } from './undo-apply';
import { memoryStorage } from '../memory-storage';

const API = 'https://orders.example.com';
const notFound = () =>
  new ApiError({ status: 404, error: 'Not Found', message: 'The grant does not exist.' });
const conflict = () =>
  new ApiError({
    status: 409,
    error: 'Conflict',
    message: 'A client grant for this client and audience already exists.',
  });

type Hooks = { beforeCreate?: (held: Map<string, ClientGrant>) => void };

/** A target tenant in memory behind the calls the apply run makes. */
function fakeTarget(grants: ClientGrant[], hooks: Hooks = {}) {
  const held = new Map(grants.map((g) => [g.id, g]));
  let next = 1;
  const find = (q: { client_id?: string; audience?: string; subject_type?: string }) =>
    [...held.values()].filter(
      (g) =>
        (!q.client_id || g.client_id === q.client_id) &&
        (!q.audience || g.audience === q.audience) &&
        (!q.subject_type || g.subject_type === q.subject_type),
    );
  const api = {
    domain: 'target.example',
    reserveSlots: async () => ({ take: () => undefined, release: () => undefined }),
    clientGrants: {
      get: vi.fn(async (id: string) => held.get(id) ?? Promise.reject(notFound())),
      list: vi.fn(async (q: { client_id?: string; audience?: string; subject_type?: string }) => ({
        client_grants: find(q),
        total: find(q).length,
      })),
      create: vi.fn(async (body: CreateClientGrantBody) => {
        hooks.beforeCreate?.(held);
        if (
          find({
            client_id: body.client_id,
            audience: body.audience,
            subject_type: body.subject_type ?? 'client',
          }).length > 0
        )
          throw conflict();
        const grant: ClientGrant = {
          id: `cgr_new${next++}`,
          client_id: body.client_id,
          audience: body.audience,
          subject_type: body.subject_type ?? 'client',
          scope: body.scope,
          organization_usage: body.organization_usage,
        };
        held.set(grant.id, grant);
        return grant;
      }),
      update: vi.fn(async (id: string, body: UpdateClientGrantBody) => {
        const current = held.get(id);
        if (!current) throw notFound();
        const updated = {
          ...current,
          ...(body.scope ? { scope: body.scope } : {}),
          ...(body.organization_usage ? { organization_usage: body.organization_usage } : {}),
        };
        held.set(id, updated);
        return updated;
      }),
      remove: vi.fn(async (id: string) => void held.delete(id)),
    },
  } as unknown as ManagementApi;
  return { api, held };
}

const g = (id: string, client_id: string, scope: string[]): ClientGrant => ({
  id,
  client_id,
  audience: API,
  subject_type: 'client',
  scope,
});
const names = new Map([
  ['c_billing', 'Billing'],
  ['c_shop', 'Shop'],
  ['c_old', 'Old'],
  ['t_billing', 'Billing'],
  ['t_shop', 'Shop'],
  ['t_old', 'Old'],
]);
const source = [g('s1', 'c_billing', ['read:orders']), g('s2', 'c_shop', ['read:orders', 'write:orders'])];
const targetGrants = () => [
  g('cgr_shop', 't_shop', ['read:orders']),
  g('cgr_old', 't_old', ['write:orders']),
];
const targetTenant = {
  clients: [
    { client_id: 't_billing', name: 'Billing' },
    { client_id: 't_shop', name: 'Shop' },
    { client_id: 't_old', name: 'Old' },
  ],
  apis: new Map([[API, { scopes: [{ value: 'read:orders' }, { value: 'write:orders' }] }]]),
};

function plan(target: ClientGrant[]): ApplyJournal {
  const diff = compareGrants(fromTenant(source, names), fromTenant(target, names));
  return {
    version: 1,
    domain: 'target.example',
    subject: 'admin@clients',
    startedAt: 0,
    entries: buildApplyPlan(diff.rows, targetTenant),
  };
}

const context = (api: ManagementApi, storage = memoryStorage()) => ({
  api,
  storage,
  signal: new AbortController().signal,
  onProgress: vi.fn(),
});
const statuses = (journal: ApplyJournal) =>
  journal.entries.map((e: ApplyEntry) => [e.label.split(' ')[0], e.action, e.status]);
const sorted = (held: Map<string, ClientGrant>) =>
  [...held.values()]
    .map((x) => `${names.get(x.client_id ?? '')}:${[...(x.scope ?? [])].sort().join(',')}`)
    .sort();

describe('runApply and undoApply', () => {
  it('makes the target like the source (create, update, delete), journals every step, and Undo restores the target', async () => {
    const { api, held } = fakeTarget(targetGrants());
    const before = sorted(held);
    const storage = memoryStorage();
    const applied = await runApply(context(api, storage), plan(targetGrants()));
    expect(statuses(applied)).toEqual([
      ['Billing', 'create', 'applied'],
      ['Old', 'delete', 'applied'],
      ['Shop', 'update', 'applied'],
    ]);
    expect(sorted(held)).toEqual(['Billing:read:orders', 'Shop:read:orders,write:orders']);
    expect(loadApplyJournal(storage, { domain: 'target.example', subject: 'admin@clients' })).toEqual(
      applied,
    );

    const undone = await undoApply(context(api, storage), applied);
    expect(undone.entries.map((e) => e.status)).toEqual(['undone', 'undone', 'undone']);
    expect(sorted(held)).toEqual(before);
  });

  it("skips a grant a colleague changed since the preview, and leaves the colleague's change", async () => {
    const { api, held } = fakeTarget(targetGrants());
    const journal = plan(targetGrants());
    held.set('cgr_shop', g('cgr_shop', 't_shop', ['read:orders', 'delete:orders']));
    const result = await runApply(context(api), journal);
    const shop = result.entries.find((e) => e.action === 'update');
    expect(shop?.status).toBe('skipped');
    expect(shop?.reason).toMatch(
      /Changed in the target since the preview: it holds delete:orders, read:orders/,
    );
    expect(held.get('cgr_shop')?.scope).toEqual(['read:orders', 'delete:orders']);
    expect(api.clientGrants.update).not.toHaveBeenCalled();
  });

  it('reads back after a 409 on create: someone made it first, so it is skipped and Undo leaves it', async () => {
    const { api, held } = fakeTarget(targetGrants(), {
      beforeCreate: (tenant) =>
        void tenant.set('cgr_colleague', g('cgr_colleague', 't_billing', ['read:orders'])),
    });
    const applied = await runApply(context(api), plan(targetGrants()));
    const create = applied.entries.find((e) => e.action === 'create');
    expect(create).toMatchObject({ status: 'skipped', grantId: 'cgr_colleague' });
    expect(create?.reason).toMatch(/409.*as intended.*Undo leaves it/);
    await undoApply(context(api), applied);
    expect(held.has('cgr_colleague')).toBe(true);
  });

  it('refuses to undo a grant changed since the run, saying what it holds', async () => {
    const { api, held } = fakeTarget(targetGrants());
    const applied = await runApply(context(api), plan(targetGrants()));
    held.set('cgr_shop', g('cgr_shop', 't_shop', ['write:orders']));
    const undone = await undoApply(context(api), applied);
    const shop = undone.entries.find((e) => e.action === 'update');
    expect(shop).toMatchObject({
      status: 'undo-refused',
      reason: 'Changed since the run: it now holds write:orders; organizations: deny',
    });
    expect(held.get('cgr_shop')?.scope).toEqual(['write:orders']);
  });

  it('leaves a grant whose request a reload cut off to Finish, instead of journaling it as failed', async () => {
    const { api, held } = fakeTarget(targetGrants());
    const page = new EventTarget();
    const controller = new AbortController();
    abortOnPageHide(controller, page);
    // The page unloads during the update's re-read: pagehide fires, then the browser fails the request.
    vi.mocked(api.clientGrants.get).mockImplementationOnce(async () => {
      page.dispatchEvent(new Event('pagehide'));
      throw new NetworkError({ origin: 'https://target.example', likelyCause: 'offline' });
    });
    const storage = memoryStorage();
    const journal = plan(targetGrants());
    const firstUpdate = journal.entries.findIndex((e) => e.action === 'update');
    const result = await runApply({ ...context(api, storage), signal: controller.signal }, journal);
    expect(result.entries.filter((e) => e.status === 'failed')).toEqual([]);
    expect(result.entries[firstUpdate]?.status).toBe('pending');
    expect(loadApplyJournal(storage, journal)?.entries[firstUpdate]?.status).toBe('pending');
    // Finish, after the reload, applies it.
    const finished = await runApply(context(api, storage), result);
    expect(finished.entries.map((e) => e.status)).not.toContain('pending');
    expect(held.get('cgr_shop')?.scope).toEqual(['read:orders', 'write:orders']);
  });

  it('finishes a create a reload interrupted after it landed, without creating it twice', async () => {
    const { api, held } = fakeTarget(targetGrants());
    const journal = plan(targetGrants());
    const interrupted = {
      ...journal,
      entries: journal.entries.map((e) => (e.action === 'create' ? { ...e, status: 'writing' as const } : e)),
    };
    held.set('cgr_landed', g('cgr_landed', 't_billing', ['read:orders']));
    const result = await runApply(context(api), interrupted);
    expect(result.entries.find((e) => e.action === 'create')).toMatchObject({
      status: 'applied',
      grantId: 'cgr_landed',
    });
    expect(api.clientGrants.create).not.toHaveBeenCalled();
  });
});
