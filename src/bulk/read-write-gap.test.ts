import { describe, expect, it, vi } from 'vitest';
import type { ClientGrant } from '../api/client-grants';
import { fakeClock, tooMany } from '../api/api-test-setup';
import { auth0Error, jsonResponse } from '../api/fake-fetch';
import { createManagementApi } from '../api/management-api';
import { createPacer } from '../api/pacer';
import { newJournal } from './bulk-journal';
import { grant } from './bulk-test-kit';
import { runBatch } from './run-batch';
import { runDeletes } from './run-deletes';

type Sent = { method: string; id: string; at: number };

/**
 * A tenant behind a real api and pacer on a fake clock: every request is logged with the time it was sent,
 * and `afterPatch` lets a colleague write right after the batch's PATCH landed.
 */
function pacedTenant(grants: ClientGrant[], afterPatch?: (held: Map<string, ClientGrant>, id: string) => void) {
  const held = new Map(grants.map((g) => [g.id, g]));
  const clock = fakeClock();
  const sent: Sent[] = [];
  const fetch: typeof globalThis.fetch = async (input, init = {}) => {
    const method = init.method ?? 'GET';
    const id = decodeURIComponent(new URL(String(input)).pathname.split('/').at(-1) ?? '');
    // A 429 first, as on a busy tenant: the pacer's estimate leaves slow start for a small bucket.
    const first = sent.length === 0;
    sent.push({ method: first ? '429' : method, id, at: clock.now() });
    if (first) return tooMany();
    const current = held.get(id);
    if (!current) return auth0Error(404, 'Not Found', 'The grant does not exist.', 'inexistent_client_grant');
    if (method === 'PATCH') {
      held.set(id, { ...current, ...(JSON.parse(String(init.body)) as Partial<ClientGrant>) });
      const answer = jsonResponse(held.get(id));
      afterPatch?.(held, id);
      return answer;
    }
    if (method === 'DELETE') {
      held.delete(id);
      return new Response(null, { status: 204 });
    }
    return jsonResponse(current);
  };
  const pacer = createPacer({ now: clock.now, sleep: clock.sleep, initial: { capacity: 2, perSecond: 5 } });
  const api = createManagementApi({ domain: 'acme.auth0.com', token: 't', fetch, now: clock.now, sleep: clock.sleep, pacer });
  return { api, held, sent };
}

const storage = () => ({ setItem: vi.fn(), getItem: () => null, removeItem: vi.fn() }) as unknown as Storage;
const context = (api: ReturnType<typeof createManagementApi>) => ({ api, storage: storage(), signal: new AbortController().signal, onProgress: vi.fn() });

function journalRemoving(grants: ClientGrant[], scope: string) {
  return newJournal({ domain: 'acme.auth0.com', subject: 'admin@clients' }, grants.map((g) => ({ id: g.id, label: g.id, before: g.scope ?? [], add: [], remove: [scope] })), 0);
}

/** For each write: how long after the re-read of the same grant it was sent. */
function gapsBeforeWrites(sent: Sent[], method: string): number[] {
  return sent.flatMap((request, index) => {
    if (request.method !== method) return [];
    const read = sent.slice(0, index).findLast((r) => r.method === 'GET' && r.id === request.id);
    return [request.at - (read?.at ?? Number.NaN)];
  });
}

describe('the re-read and the write go back to back', () => {
  it('Change scopes: no pacer wait between a grant’s re-read and its PATCH', async () => {
    const grants = ['a', 'b', 'c', 'd'].map((id) => grant(id, ['x', 'y']));
    const t = pacedTenant(grants);
    const done = await runBatch(context(t.api), journalRemoving(grants, 'x'));
    expect(done.entries.map((e) => e.status)).toEqual(['changed', 'changed', 'changed', 'changed']);
    // The batch was paced (it took time) ...
    expect(t.sent.at(-1)!.at - t.sent[0]!.at).toBeGreaterThan(0);
    // ... but never between a re-read and the write computed from it.
    expect(gapsBeforeWrites(t.sent, 'PATCH')).toEqual([0, 0, 0, 0]);
  });

  it('Delete: no pacer wait between the read and the DELETE', async () => {
    const grants = ['a', 'b', 'c'].map((id) => grant(id, ['x']));
    const t = pacedTenant(grants);
    const entries = grants.map((g) => ({ id: g.id, label: g.id, status: 'pending' as const }));
    const done = await runDeletes(t.api, entries, new AbortController().signal, vi.fn());
    expect(done.map((e) => e.status)).toEqual(['deleted', 'deleted', 'deleted']);
    expect(gapsBeforeWrites(t.sent, 'DELETE')).toEqual([0, 0, 0]);
  });
});

describe('the read-back is compared with what the batch meant and what it read', () => {
  it('a colleague’s write right after the PATCH is reported, not called "Changed"', async () => {
    const grants = [grant('a', ['x', 'y']), grant('b', ['x', 'y'])];
    const t = pacedTenant(grants, (held, id) => {
      if (id === 'a') held.set(id, { ...held.get(id)!, scope: ['y', 'colleague'] });
    });
    const done = await runBatch(context(t.api), journalRemoving(grants, 'x'));
    expect(done.entries[0]).toMatchObject({
      status: 'changed-by-other',
      after: ['y', 'colleague'],
      reason: 'the tenant holds y, colleague; this batch meant y',
    });
    expect(done.entries[1]).toMatchObject({ status: 'changed', after: ['y'] });
  });

  it('a read-back equal to what was read is "not applied"; all scopes is someone else’s too', async () => {
    const grants = [grant('a', ['x', 'y']), grant('b', ['x', 'y'])];
    const t = pacedTenant(grants, (held, id) => {
      if (id === 'a') held.set(id, grants[0]!);
      else held.set(id, { ...held.get(id)!, allow_all_scopes: true, scope: [] });
    });
    const done = await runBatch(context(t.api), journalRemoving(grants, 'x'));
    expect(done.entries.map((e) => [e.status, e.reason])).toEqual([
      ['failed', 'Not applied: the tenant holds x, y'],
      ['changed-by-other', 'the tenant holds all scopes; this batch meant y'],
    ]);
  });
});
