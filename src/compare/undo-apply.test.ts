import { describe, expect, it, vi } from 'vitest';
import type { ClientGrant, CreateClientGrantBody, UpdateClientGrantBody } from '../api/client-grants';
import { ApiError } from '../api/errors';
import type { ManagementApi } from '../api/management-api';
import { memoryStorage } from '../memory-storage';
import { loadApplyJournal, type ApplyEntry, type ApplyJournal, type ApplyStatus } from './apply-journal';
import type { GrantSettings } from './apply-settings';
import { undoApply } from './undo-apply';

// Undo through the shared runner (apply-runner.ts): what a reload left half done, refusals, and the loop's rules
// (the marker saved before each write, the reservation released, a 401 stops, another error fails one grant).
const API = 'https://orders.example.com';
const fail = (status: number) => new ApiError({ status, error: String(status), message: `status ${status}` });

function fakeTarget(grants: ClientGrant[]) {
  const held = new Map(grants.map((g) => [g.id, g]));
  const released = vi.fn();
  const api = {
    domain: 'target.example',
    reserveSlots: async () => ({ take: () => undefined, release: released }),
    clientGrants: {
      get: vi.fn(async (id: string) => held.get(id) ?? Promise.reject(fail(404))),
      list: vi.fn(async (q: { client_id?: string; audience?: string }) => {
        const found = [...held.values()].filter((g) => g.client_id === q.client_id && g.audience === q.audience);
        return { client_grants: found, total: found.length };
      }),
      create: vi.fn(async (body: CreateClientGrantBody) => {
        const grant: ClientGrant = { id: `cgr_again_${body.client_id}`, client_id: body.client_id, audience: body.audience, subject_type: 'client', scope: body.scope };
        held.set(grant.id, grant);
        return grant;
      }),
      update: vi.fn(async (id: string, body: UpdateClientGrantBody) => {
        const updated = { ...held.get(id)!, ...(body.scope ? { scope: body.scope } : {}) };
        held.set(id, updated);
        return updated;
      }),
      remove: vi.fn(async (id: string) => void held.delete(id)),
    },
  } as unknown as ManagementApi;
  return { api, held, released };
}

const grant = (id: string, client_id: string, scope: string[]): ClientGrant => ({ id, client_id, audience: API, subject_type: 'client', scope });
const settings = (scopes: string[]): GrantSettings => ({ scopes, allowAllScopes: false, organizationUsage: 'deny', allowAnyOrganization: false });
const entry = (action: ApplyEntry['action'], client_id: string, status: ApplyStatus, extra: Partial<ApplyEntry>): ApplyEntry => ({
  key: client_id,
  label: `${client_id} → ${API} (client)`,
  action,
  identity: { client_id, audience: API, subject_type: 'client' },
  status,
  ...extra,
});
/** A run that created c_new, changed c_shop from read to read+write, and deleted c_old (which held write). */
const run = (status: ApplyStatus = 'applied'): ApplyJournal => ({
  version: 1,
  domain: 'target.example',
  subject: 'admin@clients',
  startedAt: 0,
  entries: [
    entry('create', 'c_new', status, { grantId: 'cgr_new', intended: settings(['read:orders']), after: settings(['read:orders']) }),
    entry('update', 'c_shop', status, { grantId: 'cgr_shop', before: settings(['read:orders']), after: settings(['read:orders', 'write:orders']) }),
    entry('delete', 'c_old', status, { grantId: 'cgr_old', before: settings(['write:orders']) }),
  ],
});
const afterRun = () => [grant('cgr_new', 'c_new', ['read:orders']), grant('cgr_shop', 'c_shop', ['read:orders', 'write:orders'])];
const context = (api: ManagementApi, storage = memoryStorage(), signal = new AbortController().signal) => ({ api, storage, signal, onProgress: vi.fn() });
const statuses = (journal: ApplyJournal) => journal.entries.map((e) => e.status);

describe('undoApply', () => {
  it('undoes each kind of write, and releases every pacer reservation it took', async () => {
    const { api, held, released } = fakeTarget(afterRun());
    const undone = await undoApply(context(api), run());
    expect(statuses(undone)).toEqual(['undone', 'undone', 'undone']);
    expect([...held.values()].map((g) => `${g.client_id}:${g.scope?.join(',')}`).sort()).toEqual(['c_old:write:orders', 'c_shop:read:orders']);
    // The deleted grant comes back with a new id.
    expect(undone.entries[2]?.grantId).toBe('cgr_again_c_old');
    expect(released).toHaveBeenCalledTimes(2);
  });

  it('saves "undoing" before each write, so a reload knows the outcome is unknown', async () => {
    const { api } = fakeTarget(afterRun());
    const storage = memoryStorage();
    const seen: (ApplyStatus | undefined)[] = [];
    const owner = { domain: 'target.example', subject: 'admin@clients' };
    vi.mocked(api.clientGrants.remove).mockImplementationOnce(async () => {
      seen.push(loadApplyJournal(storage, owner)?.entries[0]?.status);
    });
    await undoApply(context(api, storage), run());
    expect(seen).toEqual(['undoing']);
  });

  it('finishes what a reload interrupted after the write landed, without writing twice', async () => {
    // Every write had landed: c_new is gone, c_shop holds what it held before, c_old exists again as it was.
    const { api } = fakeTarget([grant('cgr_shop', 'c_shop', ['read:orders']), grant('cgr_back', 'c_old', ['write:orders'])]);
    const undone = await undoApply(context(api), run('undoing'));
    expect(statuses(undone)).toEqual(['undone', 'undone', 'undone']);
    expect(undone.entries[2]?.grantId).toBe('cgr_back');
    expect(api.clientGrants.remove).not.toHaveBeenCalled();
    expect(api.clientGrants.update).not.toHaveBeenCalled();
    expect(api.clientGrants.create).not.toHaveBeenCalled();
  });

  it('refuses where the target moved on since the run, saying what it holds', async () => {
    const { api, held } = fakeTarget([grant('cgr_shop', 'c_shop', ['read:orders', 'write:orders']), grant('cgr_other', 'c_old', ['read:orders'])]);
    const undone = await undoApply(context(api), run());
    expect(undone.entries.map((e) => [e.status, e.reason])).toEqual([
      ['undo-refused', 'Deleted since the run'],
      ['undone', undefined],
      ['undo-refused', 'A grant for this application and API exists again: it holds read:orders; organizations: deny'],
    ]);
    expect(held.get('cgr_other')?.scope).toEqual(['read:orders']);
  });

  it('stops at a 401 (every further call would fail alike), and leaves the rest to undo later', async () => {
    const { api } = fakeTarget(afterRun());
    vi.mocked(api.clientGrants.get).mockRejectedValueOnce(fail(401));
    const undone = await undoApply(context(api), run());
    expect(statuses(undone)).toEqual(['applied', 'applied', 'applied']);
    expect(api.clientGrants.get).toHaveBeenCalledTimes(1);
  });

  it('fails only its grant on another error, and goes on', async () => {
    const { api } = fakeTarget(afterRun());
    vi.mocked(api.clientGrants.remove).mockRejectedValueOnce(fail(500));
    const undone = await undoApply(context(api), run());
    expect(statuses(undone)).toEqual(['undo-failed', 'undone', 'undone']);
    expect(undone.entries[0]?.reason).toMatch(/status 500/);
  });

  it('does nothing once cancelled', async () => {
    const { api } = fakeTarget(afterRun());
    const controller = new AbortController();
    controller.abort();
    const undone = await undoApply(context(api, memoryStorage(), controller.signal), run());
    expect(statuses(undone)).toEqual(['applied', 'applied', 'applied']);
    expect(api.clientGrants.get).not.toHaveBeenCalled();
  });
});
