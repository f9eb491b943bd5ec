import { describe, expect, it, vi } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import type { ClientGrant } from '../api/client-grants';
import type { ManagementApi } from '../api/management-api';
import type { ApiRequest } from '../api/request';
import { grantsComplete, TenantIndexStore, tenantIndexKey, type IndexSnapshot } from './index-store';
import {
  fakeOrganizationsCore,
  fixtureOrg,
  forbidden,
  type FakeOrganizationTenant,
} from './organization-fixtures';
import { organizationsOfGrant } from './organization-queries';
import { memoryJournal } from './read-journal';

const grants: ClientGrant[] = Array.from({ length: 250 }, (_, i) => ({
  id: `cgr_${String(i).padStart(4, '0')}`,
  client_id: `app${i % 7}`,
  audience: 'https://orders',
  organization_usage: 'allow',
  subject_type: 'client',
}));
const orgs = Array.from({ length: 5 }, (_, i) => fixtureOrg(i));
const names = { apis: async () => [], clients: async () => [] };

/** 250 grants by checkpoint, and `tenant`'s organizations behind `api.core`. */
function fakeApi(tenant: FakeOrganizationTenant) {
  const organizations = fakeOrganizationsCore(tenant);
  const api = {
    domain: 'tenant.example',
    core: organizations.core,
    clientGrants: {
      list: vi.fn(async () => ({ total: grants.length, start: 0, limit: 1, client_grants: [] })),
      listCheckpointDeferred: vi.fn(async ({ from }: { from?: string }) => {
        const start = from ? Number(from) : 0;
        const page = grants.slice(start, start + 100);
        return {
          count: page.length,
          grants: () => page,
          ...(start + 100 < grants.length ? { next: String(start + 100) } : {}),
        };
      }),
    },
  } as unknown as ManagementApi;
  return { api, calls: organizations.calls };
}

function setUp(tenant: FakeOrganizationTenant, journal = memoryJournal()) {
  const { api, calls } = fakeApi(tenant);
  const client = new QueryClient();
  const phases: string[] = [];
  client.getQueryCache().subscribe(() => {
    const phase = snapshot()?.progress.phase;
    if (phase && phases.at(-1) !== phase) phases.push(phase);
  });
  const store = new TenantIndexStore(api, client, names, { now: () => 5_000, journal });
  const snapshot = () => client.getQueryData<IndexSnapshot>(tenantIndexKey('tenant.example'));
  return { store, snapshot, calls, phases, journal };
}

/** Holds the first request `matches` accepts until `release` is called. */
function holdFirst(matches: (req: ApiRequest<unknown>) => boolean) {
  let release = () => {};
  let held = false;
  const fault = (req: ApiRequest<unknown>) => {
    if (held || !matches(req)) return undefined;
    held = true;
    return new Promise<void>((resolve) => (release = resolve));
  };
  return {
    fault,
    release: () => release(),
    get held() {
      return held;
    },
  };
}

describe('TenantIndexStore: organizations after the grants', () => {
  it('goes on from the grants to organizations and associations, published as phases, and ends complete', async () => {
    const { store, snapshot, phases } = setUp({
      orgs,
      links: new Map([['org_00002', ['cgr_0001', 'cgr_0002']]]),
    });
    store.ensureRead();
    await vi.waitFor(() => expect(snapshot()?.status).toBe('ready'));
    expect(phases).toEqual(['apis', 'applications', 'grants', 'organizations', 'associations']);
    const { index } = snapshot()!;
    expect(index.grants.size).toBe(250);
    expect(index.organizations.size).toBe(5);
    expect(index.organizationsCoverage).toEqual({ status: 'complete' });
    expect(organizationsOfGrant(index, 'cgr_0002').map((o) => o.id)).toEqual(['org_00002']);
  });

  it('a token without read:organizations does not fail the read: grants complete, organizations forbidden', async () => {
    const { store, snapshot } = setUp({ orgs, fault: () => forbidden('read:organizations') });
    store.ensureRead();
    await vi.waitFor(() => expect(snapshot()?.status).toBe('ready'));
    expect(snapshot()!.index.grants.size).toBe(250);
    expect(snapshot()!.index.organizationsCoverage).toEqual({
      status: 'forbidden',
      missingScopes: ['read:organizations'],
    });
    expect(snapshot()!.error).toBeUndefined();
  });

  it('Cancel during the associations keeps the grants complete (ready) and the organizations partial', async () => {
    const hold = holdFirst((req) => req.path === 'organizations/org_00002/client-grants');
    const { store, snapshot, calls } = setUp({ orgs, fault: hold.fault });
    store.ensureRead();
    await vi.waitFor(() => expect(hold.held).toBe(true));
    expect(grantsComplete(snapshot()!)).toBe(true);
    store.cancel();
    hold.release();
    await new Promise((resolve) => setTimeout(resolve, 10));
    const after = snapshot()!;
    expect(after).toMatchObject({ status: 'ready', readAt: 5_000 });
    expect(after.index.grants.size).toBe(250);
    expect(after.index.organizationsCoverage).toEqual({ status: 'partial' });
    // The count, one page, org 0, 1 and the held org 2: nothing after it.
    expect(calls).toHaveLength(5);
    store.ensureRead();
    expect(calls).toHaveLength(5);
  });

  it('a looping organization checkpoint stops the organizations, partial with the reason; the grants stay ready', async () => {
    const many = Array.from({ length: 300 }, (_, i) => fixtureOrg(i));
    const { store, snapshot } = setUp({
      orgs: many,
      nextAfter: (from) => (from === '200' ? '100' : undefined),
    });
    store.ensureRead();
    await vi.waitFor(() => expect(snapshot()?.status).toBe('ready'));
    expect(snapshot()!.organizationsStop).toMatchObject({ reason: 'repeated-cursor' });
    expect(snapshot()!.index.organizationsCoverage).toEqual({ status: 'partial' });
    expect(snapshot()!.index.grants.size).toBe(250);
  });

  it('an association written while its organization is being read is kept over the older answer, and not journaled', async () => {
    const hold = holdFirst((req) => req.path === 'organizations/org_00001/client-grants');
    const { store, snapshot, journal } = setUp({
      orgs,
      links: new Map([['org_00001', ['cgr_0001']]]),
      fault: hold.fault,
    });
    const saveWrite = vi.spyOn(journal, 'saveWrite');
    store.ensureRead();
    await vi.waitFor(() => expect(hold.held).toBe(true));
    store.applyWrite({ associated: { orgId: 'org_00001', grantId: 'cgr_0009' } });
    hold.release();
    await vi.waitFor(() => expect(snapshot()?.status).toBe('ready'));
    expect([...snapshot()!.index.grantsByOrg.get('org_00001')!]).toEqual(['cgr_0001', 'cgr_0009']);
    store.applyWrite({ dissociated: { orgId: 'org_00001', grantId: 'cgr_0001' } });
    expect(organizationsOfGrant(snapshot()!.index, 'cgr_0001')).toEqual([]);
    expect(organizationsOfGrant(snapshot()!.index, 'cgr_0009').map((o) => o.id)).toEqual(['org_00001']);
    expect(saveWrite).not.toHaveBeenCalled();
  });

  it('Refresh clears the organizations and reads them again', async () => {
    const links = new Map([['org_00001', ['cgr_0001']]]);
    const { store, snapshot } = setUp({ orgs, links });
    store.ensureRead();
    await vi.waitFor(() => expect(snapshot()?.status).toBe('ready'));
    links.set('org_00001', []);
    links.set('org_00003', ['cgr_0003']);
    store.refresh();
    expect(snapshot()!.index.organizationsCoverage).toEqual({ status: 'unread' });
    await vi.waitFor(() => expect(snapshot()?.status).toBe('ready'));
    expect(snapshot()!.index.orgsByGrant.has('cgr_0001')).toBe(false);
    expect(organizationsOfGrant(snapshot()!.index, 'cgr_0003').map((o) => o.id)).toEqual(['org_00003']);
  });

  it('a read resumed after a reload reads every organization again (they are not journaled)', async () => {
    const journal = memoryJournal();
    await journal.savePage(0, grants.slice(0, 100), '100', 250);
    const { store, snapshot, calls } = setUp(
      { orgs, links: new Map([['org_00004', ['cgr_0004']]]) },
      journal,
    );
    store.ensureRead();
    await vi.waitFor(() => expect(snapshot()?.status).toBe('ready'));
    expect(snapshot()!.resumedFrom).toBeDefined();
    expect(calls).toHaveLength(2 + orgs.length);
    expect(snapshot()!.index.organizationsCoverage).toEqual({ status: 'complete' });
    expect(organizationsOfGrant(snapshot()!.index, 'cgr_0004').map((o) => o.id)).toEqual(['org_00004']);
  });
});
