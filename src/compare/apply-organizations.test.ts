import { describe, expect, it, vi } from 'vitest';
import type { ClientGrant, CreateClientGrantBody } from '../api/client-grants';
import { ApiError } from '../api/errors';
import type { ManagementApi } from '../api/management-api';
import type { ApiRequest } from '../api/request';
import { memoryStorage } from '../memory-storage';
import type { ApplyJournal } from './apply-journal';
import { entryDetail } from './apply-results';
import { buildApplyPlan, type TargetTenant } from './apply-plan';
import { compareGrants } from './diff';
import { fromTenant } from './from-tenant';
import { runApply } from './run-apply';
import { undoApply } from './undo-apply';

const API = 'https://orders.example.com';
const status = (code: number, message: string) => new ApiError({ status: code, error: String(code), message });

/**
 * A target tenant in memory: grants, and which organizations each grant is associated with (the association
 * routes through the request core, as api/organizations.ts sends them). `fail` may refuse an organization's writes.
 */
function fakeTarget(grants: ClientGrant[], links: Record<string, string[]>, fail = new Set<string>()) {
  const held = new Map(grants.map((g) => [g.id, g]));
  const orgsOf = new Map(Object.entries(links).map(([grant, orgs]) => [grant, new Set(orgs)]));
  const linked = (grant: string) => orgsOf.get(grant) ?? orgsOf.set(grant, new Set()).get(grant)!;
  const request = vi.fn(async (req: ApiRequest<unknown>) => {
    const [, org, , grant] = req.path.split('/');
    if (fail.has(org as string)) throw status(500, 'Internal error');
    if (req.method === 'POST') {
      const grantId = (req.body as { grant_id: string }).grant_id;
      if (linked(grantId).has(org as string)) throw status(409, 'Already associated');
      linked(grantId).add(org as string);
      return req.schema.parse({ id: grantId, audience: API });
    }
    if (req.method === 'DELETE') {
      linked(grant as string).delete(org as string);
      return req.schema.parse({});
    }
    const ids = (req.query?.grant_ids as string[] | undefined) ?? [];
    const client_grants = ids.filter((id) => linked(id).has(org as string)).map((id) => ({ id, audience: API }));
    return req.schema.parse({ total: client_grants.length, start: 0, limit: 1, client_grants });
  });
  let next = 1;
  const api = {
    domain: 'target.example',
    core: { request },
    reserveSlots: async () => ({ take: () => undefined, release: () => undefined }),
    clientGrants: {
      get: vi.fn(async (id: string) => held.get(id) ?? Promise.reject(status(404, 'Not found'))),
      list: vi.fn(async (q: { client_id?: string; audience?: string }) => {
        const found = [...held.values()].filter((g) => g.client_id === q.client_id && g.audience === q.audience);
        return { client_grants: found, total: found.length };
      }),
      create: vi.fn(async (body: CreateClientGrantBody) => {
        const grant: ClientGrant = { id: `cgr_new${next++}`, client_id: body.client_id, audience: body.audience, subject_type: 'client', scope: body.scope };
        held.set(grant.id, grant);
        return grant;
      }),
      update: vi.fn(async (id: string, body: { scope?: string[] }) => {
        const updated = { ...held.get(id)!, ...(body.scope ? { scope: body.scope } : {}) };
        held.set(id, updated);
        return updated;
      }),
      remove: vi.fn(async (id: string) => {
        held.delete(id);
        orgsOf.delete(id);
      }),
    },
  } as unknown as ManagementApi;
  const orgs = (grant: string) => [...linked(grant)].sort();
  return { api, held, orgs };
}

const g = (id: string, client_id: string, scope: string[] = ['read:orders']): ClientGrant => ({ id, client_id, audience: API, subject_type: 'client', scope });
const names = new Map([
  ['s_billing', 'Billing'],
  ['s_shop', 'Shop'],
  ['t_billing', 'Billing'],
  ['t_shop', 'Shop'],
  ['t_old', 'Old'],
]);
const orgNames = new Map([
  ['org_acme', 'Acme'],
  ['org_globex', 'Globex'],
  ['org_initech', 'Initech'],
  ['src_acme', 'Acme'],
  ['src_globex', 'Globex'],
]);
const targetTenant: TargetTenant = {
  clients: [
    { client_id: 't_billing', name: 'Billing' },
    { client_id: 't_shop', name: 'Shop' },
    { client_id: 't_old', name: 'Old' },
  ],
  apis: new Map([[API, { scopes: [{ value: 'read:orders' }] }]]),
  organizations: [
    { id: 'org_acme', name: 'Acme' },
    { id: 'org_globex', name: 'Globex' },
    { id: 'org_initech', name: 'Initech' },
  ],
};

/** Source: Billing in Acme and Globex, Shop (new to the target) in Acme. Target: Billing in Initech, Old in Acme. */
function plan(): ApplyJournal {
  const sourceLinks = new Map([
    ['s1', ['src_acme', 'src_globex']],
    ['s2', ['src_acme']],
  ]);
  const targetLinks = new Map([
    ['cgr_billing', ['org_initech']],
    ['cgr_old', ['org_acme']],
  ]);
  const named = (links: Map<string, string[]>) => (id: string) => (links.get(id) ?? []).map((org) => orgNames.get(org) ?? org);
  const diff = compareGrants(
    fromTenant([g('s1', 's_billing'), g('s2', 's_shop')], names, named(sourceLinks)),
    fromTenant([g('cgr_billing', 't_billing'), g('cgr_old', 't_old')], names, named(targetLinks)),
  );
  return { version: 1, domain: 'target.example', subject: 'admin@clients', startedAt: 0, entries: buildApplyPlan(diff.rows, targetTenant) };
}

const context = (api: ManagementApi) => ({ api, storage: memoryStorage(), signal: new AbortController().signal, onProgress: vi.fn() });
const target = (fail?: Set<string>) =>
  fakeTarget([g('cgr_billing', 't_billing'), g('cgr_old', 't_old')], { cgr_billing: ['org_initech'], cgr_old: ['org_acme'] }, fail);

describe('Apply and Undo of organization associations', () => {
  it('makes the target grants associated as in the source, by organization name, and Undo restores them', async () => {
    const { api, orgs } = target();
    const applied = await runApply(context(api), plan());
    expect(applied.entries.map((e) => [e.action, e.status])).toEqual([
      ['update', 'applied'],
      ['delete', 'applied'],
      ['create', 'applied'],
    ]);
    // Billing's settings were equal: no PATCH, only its associations.
    expect(api.clientGrants.update).not.toHaveBeenCalled();
    expect(orgs('cgr_billing')).toEqual(['org_acme', 'org_globex']);
    const created = applied.entries.find((e) => e.action === 'create')!.grantId!;
    expect(orgs(created)).toEqual(['org_acme']);
    expect(applied.entries[0]?.organizationsDone).toEqual({
      associated: [
        { id: 'org_acme', name: 'Acme' },
        { id: 'org_globex', name: 'Globex' },
      ],
      removed: [{ id: 'org_initech', name: 'Initech' }],
    });

    const undone = await undoApply(context(api), applied);
    expect(undone.entries.map((e) => e.status)).toEqual(['undone', 'undone', 'undone']);
    expect(orgs('cgr_billing')).toEqual(['org_initech']);
    // The deleted grant came back with a new id, associated with the organization it had.
    const recreated = undone.entries.find((e) => e.action === 'delete')!.grantId!;
    expect(recreated).not.toBe('cgr_old');
    expect(orgs(recreated)).toEqual(['org_acme']);
  });

  it('makes an association twice without harm when a reload interrupted the run after it (Finish)', async () => {
    const { api, orgs } = target();
    const journal = plan();
    const interrupted = { ...journal, entries: journal.entries.map((e, i) => (i === 0 ? { ...e, status: 'writing' as const } : e)) };
    await runApply(context(api), { ...interrupted, entries: [interrupted.entries[0]!] });
    expect(orgs('cgr_billing')).toEqual(['org_acme', 'org_globex']);
    const finished = await runApply(context(api), { ...interrupted, entries: [{ ...interrupted.entries[0]!, status: 'writing' }] });
    expect(finished.entries[0]).toMatchObject({ status: 'applied' });
    expect(orgs('cgr_billing')).toEqual(['org_acme', 'org_globex']);
  });

  it('names an organization the target refused, and fails an entry that was only about organizations when none went through', async () => {
    const some = target(new Set(['org_globex']));
    const partly = await runApply(context(some.api), plan());
    expect(partly.entries[0]).toMatchObject({ status: 'applied', reason: expect.stringContaining('Not associated with Globex') });
    expect(some.orgs('cgr_billing')).toEqual(['org_acme']);

    const none = target(new Set(['org_acme', 'org_globex', 'org_initech']));
    const failed = await runApply(context(none.api), plan());
    expect(failed.entries[0]).toMatchObject({ status: 'failed', reason: expect.stringContaining('Not removed from Initech') });
  });

  it('says in the preview and the results what happens to the organizations', async () => {
    const journal = plan();
    expect(journal.entries.map(entryDetail)).toEqual([
      'associated with Acme, Globex; removed from Initech',
      'from the target',
      'with read:orders; organizations: deny, then associated with Acme',
    ]);
    const { api } = target();
    const applied = await runApply(context(api), journal);
    expect(entryDetail(applied.entries[0]!)).toBe('Applied (associated with Acme, Globex; removed from Initech)');
  });
});

