import { describe, expect, it } from 'vitest';
import type { OrganizationReadProgress } from '../api/read-organizations';
import type { RequestContext } from '../api/request';
import {
  fakeOrganizationsCore,
  fixtureOrg,
  forbidden,
  type FakeOrganizationTenant,
} from './organization-fixtures';
import { readTenantOrganizations } from './read-tenant-organizations';

const orgs = Array.from({ length: 150 }, (_, i) => fixtureOrg(i));
const grantIds = (n: number) => Array.from({ length: n }, (_, i) => `cgr_${i}`);

async function read(tenant: FakeOrganizationTenant, tokenScopes?: string[]) {
  const { core, calls } = fakeOrganizationsCore(tenant);
  const listed: string[] = [];
  const associations = new Map<string, string[]>();
  const progress: OrganizationReadProgress[] = [];
  const end = await readTenantOrganizations(
    core as unknown as RequestContext,
    {
      onOrganizations: (page) => listed.push(...page.map((o) => o.id)),
      onAssociations: (orgId, ids) => associations.set(orgId, ids),
      onProgress: (p) => progress.push(p),
    },
    new AbortController().signal,
    tokenScopes,
  );
  return { end, calls, listed, associations, progress, request: core.request };
}

describe('readTenantOrganizations', () => {
  it('counts, lists every organization by checkpoint, then reads each one’s associations, in the background lane', async () => {
    const { end, calls, listed, associations, progress, request } = await read({
      orgs,
      links: new Map([['org_00003', ['cgr_a', 'cgr_b']]]),
    });
    expect(end).toEqual({ coverage: { status: 'complete' } });
    expect(calls.slice(0, 3)).toEqual([
      'organizations page 0',
      'organizations from ',
      'organizations from 100',
    ]);
    expect(calls).toHaveLength(3 + 150);
    expect(listed).toHaveLength(150);
    expect(associations.get('org_00003')).toEqual(['cgr_a', 'cgr_b']);
    expect(associations.get('org_00004')).toEqual([]);
    expect(progress[0]).toEqual({ phase: 'organizations', loaded: 0, total: 150 });
    expect(progress).toContainEqual({ phase: 'organizations', loaded: 100, total: 150 });
    expect(progress).toContainEqual({ phase: 'associations', loaded: 0, total: 150 });
    expect(progress.at(-1)).toEqual({ phase: 'associations', loaded: 150, total: 150 });
    expect(request.mock.calls.every(([req]) => req.priority === 'background')).toBe(true);
  });

  it('reads an organization with more than 100 associations in two pages', async () => {
    const { end, calls, associations } = await read({
      orgs: orgs.slice(0, 2),
      links: new Map([['org_00001', grantIds(130)]]),
    });
    expect(end.coverage).toEqual({ status: 'complete' });
    expect(associations.get('org_00001')).toEqual(grantIds(130));
    expect(calls.filter((c) => c.startsWith('organizations/org_00001/'))).toEqual([
      'organizations/org_00001/client-grants page 0',
      'organizations/org_00001/client-grants page 1',
    ]);
  });

  it('a 403 on the organizations is forbidden, naming read:organizations, and asks nothing more', async () => {
    const { end, calls } = await read({ orgs, fault: () => forbidden('read:organizations') });
    expect(end).toEqual({ coverage: { status: 'forbidden', missingScopes: ['read:organizations'] } });
    expect(calls).toHaveLength(1);
  });

  it('a 403 on the associations is forbidden, naming read:organization_client_grants; the organizations stay', async () => {
    const { end, listed } = await read({
      orgs,
      fault: (req) =>
        req.path.endsWith('/client-grants') ? forbidden('read:organization_client_grants') : undefined,
    });
    expect(end.coverage).toEqual({ status: 'forbidden', missingScopes: ['read:organization_client_grants'] });
    expect(listed).toHaveLength(150);
  });

  it('a 403 that names no scope is read from the request refused, and the token’s scopes add the other', async () => {
    const refusal = forbidden('');
    const { end } = await read({ orgs, fault: () => refusal }, ['read:client_grants']);
    expect(end.coverage).toEqual({
      status: 'forbidden',
      missingScopes: ['read:organizations', 'read:organization_client_grants'],
    });
  });

  it('a checkpoint that points back stops the read, partial, with the reason', async () => {
    const { end, calls } = await read({ orgs, nextAfter: (from) => (from === '100' ? '0' : undefined) });
    expect(end.coverage).toEqual({ status: 'partial' });
    expect(end.stop).toMatchObject({ reason: 'repeated-cursor' });
    // The count, then pages from the start, 100, and 0 again (the loop): no association read follows.
    expect(calls).toHaveLength(1 + 3);
  });

  it('another failure leaves the organizations partial with the error, instead of failing the read', async () => {
    const boom = new Error('network');
    const { end } = await read({
      orgs,
      fault: (req) => (req.path === 'organizations/org_00007/client-grants' ? boom : undefined),
    });
    expect(end).toEqual({ coverage: { status: 'partial' }, error: boom });
  });
});
