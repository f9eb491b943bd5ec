import { describe, expect, it, vi } from 'vitest';
import type { ClientGrant } from '../api/client-grants';
import { NetworkError } from '../api/errors';
import type { ManagementApi } from '../api/management-api';
import { clearJournal, loadJournal, newJournal, saveJournal, undoable, unfinished, type Journal } from './bulk-journal';
import { clearAllJournals, hasSavedJournal } from './journal-key';
import { abortOnPageHide } from './abort-on-page-hide';
import { addableScopes, planBulk } from './bulk-plan';
import { grant } from './bulk-test-kit';
import { memoryStorage } from '../memory-storage';
import { runBatch } from './run-batch';
import { undoBatch } from './undo-batch';

/** A tenant of grants; `beforeWrite` lets a colleague or a network act at the moment of a PATCH. */
function tenant(grants: ClientGrant[], beforeWrite?: (id: string, held: Map<string, ClientGrant>) => void) {
  const held = new Map(grants.map((g) => [g.id, g]));
  const api = {
    reserveSlots: async () => ({ take: () => undefined, release: () => undefined }),
    clientGrants: {
      get: vi.fn(async (id: string) => held.get(id) ?? Promise.reject(new Error('404'))),
      update: vi.fn(async (id: string, body: { scope: string[] }) => {
        beforeWrite?.(id, held);
        held.set(id, { ...held.get(id)!, scope: body.scope });
        return held.get(id);
      }),
    },
  } as unknown as ManagementApi;
  return { api, held };
}

function journalFor(grants: ClientGrant[], add: string[], remove: string[]): Journal {
  const entries = planBulk(grants, { add, remove }, true)
    .filter((entry) => entry.kind === 'change')
    .map((entry) => ({ id: entry.grant.id, label: entry.grant.id, before: entry.grant.scope ?? [], add, remove }));
  return newJournal(owner, entries, 0);
}

const owner = { domain: 't.example', subject: 'admin@clients' };

const context = (api: ManagementApi, storage = memoryStorage()) =>
  ({ api, storage, signal: new AbortController().signal, onProgress: vi.fn() });

describe('planBulk', () => {
  it('lists system, all-scopes, unchanged and no-permission grants as skipped', () => {
    const grants = [grant('a', ['x']), grant('b', ['y']), grant('s', ['x'], { is_system: true }), grant('all', [], { allow_all_scopes: true })];
    expect(planBulk(grants, { add: [], remove: ['x'] }, true).map((e) => e.kind)).toEqual(['change', 'unchanged', 'system', 'all-scopes']);
    expect(planBulk([grant('a', ['x'])], { add: [], remove: ['x'] }, false)[0]?.kind).toBe('no-permission');
  });

  it('offers to add only scopes every selected grant\'s API defines', () => {
    const scopes: Record<string, string[]> = { one: ['a', 'b', 'c'], two: ['b', 'c', 'd'] };
    const grants = [grant('1', [], { audience: 'one' }), grant('2', [], { audience: 'two' })];
    expect(addableScopes(grants, (audience) => scopes[audience])).toEqual(['b', 'c']);
  });
});

describe('runBatch and undoBatch', () => {
  it('removes then restores, leaving the tenant as it was, with the journal saved at every step', async () => {
    const grants = [grant('a', ['x', 'y']), grant('b', ['y', 'x', 'z'])];
    const t = tenant(grants);
    const ctx = context(t.api);
    const done = await runBatch(ctx, journalFor(grants, [], ['x']));
    expect(done.entries.map((e) => e.status)).toEqual(['changed', 'changed']);
    expect(t.held.get('b')?.scope).toEqual(['y', 'z']);
    expect(loadJournal(ctx.storage, owner)).toEqual(done);
    const undone = await undoBatch(ctx, done);
    expect(undone.entries.map((e) => e.status)).toEqual(['undone', 'undone']);
    expect([...t.held.values()]).toEqual(grants);
  });

  it('keeps a colleague\'s change made between preview and apply', async () => {
    const grants = [grant('a', ['x', 'y'])];
    const t = tenant(grants);
    t.held.set('a', grant('a', ['x', 'y', 'colleague']));
    await runBatch(context(t.api), journalFor(grants, [], ['x']));
    expect(t.held.get('a')?.scope).toEqual(['y', 'colleague']);
  });

  it('refuses to undo a grant changed again since the batch, and says what it holds', async () => {
    const grants = [grant('a', ['x', 'y'])];
    const t = tenant(grants);
    const done = await runBatch(context(t.api), journalFor(grants, [], ['x']));
    t.held.set('a', grant('a', ['y', 'new']));
    const undone = await undoBatch(context(t.api), done);
    expect(undone.entries[0]).toMatchObject({ status: 'undo-refused', reason: 'Changed since the batch: it now holds y, new' });
    expect(t.held.get('a')?.scope).toEqual(['y', 'new']);
  });

  it('leaves a grant whose request a reload cut off to Finish, instead of journaling it as failed', async () => {
    const grants = [grant('a', ['x', 'y']), grant('b', ['x'])];
    const t = tenant(grants);
    const page = new EventTarget();
    const controller = new AbortController();
    abortOnPageHide(controller, page);
    // The page unloads during a's re-read: pagehide fires, then the browser fails the request.
    vi.mocked(t.api.clientGrants.get).mockImplementationOnce(async () => {
      page.dispatchEvent(new Event('pagehide'));
      throw new NetworkError({ origin: 'https://t.example', likelyCause: 'offline' });
    });
    const storage = memoryStorage();
    const done = await runBatch({ ...context(t.api, storage), signal: controller.signal }, journalFor(grants, [], ['x']));
    expect(done.entries.map((e) => e.status)).not.toContain('failed');
    expect(unfinished(done).map((e) => e.id)).toEqual(['a', 'b']);
    // Finish, after the reload, changes both.
    const finished = await runBatch(context(t.api, storage), done);
    expect(finished.entries.map((e) => e.status)).toEqual(['changed', 'changed']);
  });

  it('settles a lost answer by the read-back', async () => {
    const grants = [grant('a', ['x', 'y'])];
    const t = tenant(grants);
    vi.mocked(t.api.clientGrants.update).mockImplementationOnce(async (id, body) => {
      t.held.set(id, { ...t.held.get(id)!, scope: body.scope });
      throw new NetworkError({ origin: 'https://t.example', likelyCause: 'domain-or-cors', cause: new TypeError('reset') });
    });
    const done = await runBatch(context(t.api), journalFor(grants, [], ['x']));
    expect(done.entries[0]).toMatchObject({ status: 'changed', before: ['x', 'y'], after: ['y'] });
  });

  it('finishes a batch interrupted mid-PATCH: a write that landed counts as changed, undo restores it', async () => {
    const grants = [grant('a', ['x', 'y']), grant('b', ['x'])];
    const t = tenant(grants);
    const controller = new AbortController();
    vi.mocked(t.api.clientGrants.update).mockImplementationOnce(async (id, body) => {
      t.held.set(id, { ...t.held.get(id)!, scope: body.scope });
      controller.abort();
      throw new DOMException('aborted', 'AbortError');
    });
    const storage = memoryStorage();
    const cut = await runBatch({ ...context(t.api, storage), signal: controller.signal }, journalFor(grants, [], ['x']));
    expect(cut.entries.map((e) => e.status)).toEqual(['writing', 'pending']);
    const reloaded = loadJournal(storage, owner)!;
    const finished = await runBatch(context(t.api, storage), reloaded);
    expect(finished.entries.map((e) => e.status)).toEqual(['changed', 'changed']);
    await undoBatch(context(t.api, storage), finished);
    expect([...t.held.values()]).toEqual(grants);
  });
});

describe('journal', () => {
  it('is kept per tenant, ignores unreadable data, and names unfinished and undoable work', () => {
    const storage = memoryStorage();
    const journal = newJournal(owner, [{ id: 'a', label: 'a', before: ['x'], add: [], remove: ['x'] }], 0);
    saveJournal(storage, journal);
    expect(loadJournal(storage, { ...owner, domain: 'other.example' })).toBeUndefined();
    expect(unfinished(loadJournal(storage, owner)!)).toHaveLength(1);
    expect(undoable(journal)).toHaveLength(0);
    storage.setItem('cg-bulk-journal:t.example:admin%40clients', '{not json');
    expect(loadJournal(storage, owner)).toBeUndefined();
    saveJournal(storage, journal);
    clearJournal(storage, owner);
    expect(loadJournal(storage, owner)).toBeUndefined();
  });

  it("is offered only to the subject that ran it: never a colleague's token, one without a subject, or an unowned one", () => {
    const storage = memoryStorage();
    saveJournal(storage, newJournal(owner, [{ id: 'a', label: 'a', before: ['x'], add: [], remove: ['x'] }], 0));
    const colleague = { domain: 't.example', subject: 'colleague@clients' };
    expect(hasSavedJournal(storage, owner)).toBe(true);
    expect(hasSavedJournal(storage, colleague)).toBe(false);
    expect(loadJournal(storage, colleague)).toBeUndefined();
    expect(hasSavedJournal(storage, { domain: 't.example' })).toBe(false);
    expect(loadJournal(storage, { domain: 't.example' })).toBeUndefined();
    // The same subject after a reload gets it back.
    expect(loadJournal(storage, { ...owner })?.subject).toBe('admin@clients');
    // A journal from before owners were kept (keyed by the tenant alone) is nobody's to finish.
    storage.setItem('cg-bulk-journal:t.example', JSON.stringify({ version: 1, domain: 't.example', startedAt: 0, entries: [] }));
    storage.setItem(
      'cg-bulk-journal:t.example:colleague%40clients',
      JSON.stringify({ version: 1, domain: 't.example', startedAt: 0, entries: [] }),
    );
    expect(loadJournal(storage, colleague)).toBeUndefined();
  });

  it('Disconnect forgets every batch of every subject in the tab, and nothing else', () => {
    const storage = memoryStorage();
    saveJournal(storage, newJournal(owner, [], 0));
    saveJournal(storage, newJournal({ domain: 'u.example', subject: 'colleague@clients' }, [], 0));
    storage.setItem('client-grants:theme', 'dark');
    clearAllJournals(storage);
    expect(hasSavedJournal(storage, owner)).toBe(false);
    expect(hasSavedJournal(storage, { domain: 'u.example', subject: 'colleague@clients' })).toBe(false);
    expect(storage.getItem('client-grants:theme')).toBe('dark');
  });

  it('a batch running at Disconnect writes no journal back after Disconnect cleared them', async () => {
    const grants = [grant('a', ['x', 'y']), grant('b', ['x'])];
    const t = tenant(grants);
    const lifetime = new AbortController();
    const api = { ...t.api, lifetime: lifetime.signal } as ManagementApi;
    const storage = memoryStorage();
    // Disconnect lands while the first grant is re-read: the connection ends, the journals are cleared, and the
    // request in flight fails with the lifetime's reason (the batch's own Cancel signal is not aborted yet).
    vi.mocked(t.api.clientGrants.get).mockImplementationOnce(async () => {
      lifetime.abort(new DOMException('Disconnected', 'AbortError'));
      clearAllJournals(storage);
      throw lifetime.signal.reason;
    });
    await runBatch(context(api, storage), journalFor(grants, [], ['x']));
    expect(hasSavedJournal(storage, owner)).toBe(false);
  });
});
