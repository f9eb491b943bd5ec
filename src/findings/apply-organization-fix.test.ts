import { describe, expect, it } from 'vitest';
import type { ClientGrant } from '../api/client-grants';
import { ApiError } from '../api/errors';
import type { ManagementApi } from '../api/management-api';
import {
  createTenantIndex,
  putApis,
  putClients,
  putGrants,
  putOrganizationGrants,
  setOrganizationsCoverage,
} from '../tenant-index/tenant-index';
import { applyFix, type FixRequest } from './apply-fix';
import { findingsForGrant, type Finding, type FixKind, type RuleId } from './rules';

type Req = { method?: string; path: string; query?: Record<string, unknown> };

/**
 * A tenant holding one grant and its associations, answering the calls the fixes make; `meanwhile` runs
 * right after the first read, as a colleague's change would land between the finding and the write.
 */
function tenant(initial: ClientGrant, associated: string[], options: { stubborn?: string[] } = {}) {
  let held: ClientGrant | undefined = initial;
  const orgs = new Set(associated);
  const calls: string[] = [];
  const core = {
    request: async (req: Req) => {
      const method = req.method ?? 'GET';
      calls.push(`${method} ${req.path}`);
      const toGrant = /^organizations\/([^/]+)\/client-grants(?:\/(.+))?$/.exec(req.path);
      if (req.path === `client-grants/${initial.id}/organizations`) {
        if (!held) throw new ApiError({ status: 404, error: 'Not Found', message: 'The grant does not exist.' });
        return { organizations: [...orgs].map((id) => ({ id, name: id })) };
      }
      if (toGrant && method === 'DELETE') {
        if (!options.stubborn?.includes(toGrant[1]!)) orgs.delete(toGrant[1]!);
        return undefined;
      }
      if (toGrant) {
        const hit = orgs.has(toGrant[1]!) && held ? [{ id: initial.id, audience: initial.audience }] : [];
        return { start: 0, limit: 1, total: hit.length, client_grants: hit };
      }
      throw new Error(`unexpected ${method} ${req.path}`);
    },
  };
  const api = {
    core,
    reserveSlots: async () => ({ take: () => undefined, release: () => undefined }),
    clientGrants: {
      get: async () => {
        calls.push('GET grant');
        if (!held) throw new ApiError({ status: 404, error: 'Not Found', message: 'The grant does not exist.' });
        return held;
      },
      update: async (_id: string, body: Partial<ClientGrant>) => {
        calls.push(`PATCH ${JSON.stringify(body)}`);
        held = { ...held!, ...body };
        return held;
      },
      remove: async () => {
        calls.push('DELETE grant');
        held = undefined;
      },
    },
  } as unknown as ManagementApi;
  return {
    api,
    calls,
    orgs,
    change: (grant: Partial<ClientGrant>) => (held = { ...held!, ...grant }),
  };
}

const mgmtAudience = 'https://t.example/api/v2/';
const base: ClientGrant = { id: 'cgr_1', client_id: 'a', audience: 'https://api', subject_type: 'client', scope: ['read:x'] };

/** The finding as the Findings page saw it: the index held these associations, all read. */
function findingOf(rule: RuleId, grant: ClientGrant, associated: string[] = []): { finding: Finding; recheck: FixRequest['recheck'] } {
  const index = createTenantIndex();
  putApis(index, [
    { id: 'rs1', name: 'X API', identifier: 'https://api', scopes: [{ value: 'read:x' }] },
    { id: 'rs0', name: 'Auth0 Management API', identifier: mgmtAudience, is_system: true, scopes: [{ value: 'read:x' }] },
  ]);
  putClients(index, [{ client_id: 'a', name: 'Worker', app_type: 'non_interactive', is_first_party: false }]);
  putGrants(index, [grant]);
  for (const orgId of associated) putOrganizationGrants(index, orgId, [grant.id]);
  setOrganizationsCoverage(index, { status: 'complete' });
  const finding = findingsForGrant({ index }, grant).find((f) => f.rule === rule);
  if (!finding) throw new Error(`no ${rule} finding`);
  const recheck: FixRequest['recheck'] = (now, organizationIds) =>
    findingsForGrant({ index, associations: organizationIds && { grantId: now.id, organizationIds } }, now).find((f) => f.id === finding.id);
  return { finding, recheck };
}

function request(finding: Finding, recheck: FixRequest['recheck'], kind: FixKind): FixRequest {
  return { kind, rule: finding.rule, seen: finding.grant, scopes: finding.scopes, organizations: finding.organizations, recheck };
}

describe('Remove organizations (associations kept on a deny grant)', () => {
  const deny = { ...base, organization_usage: 'deny' as const };

  it('re-reads the associations and the grant, removes each, and reads each back', async () => {
    const t = tenant(deny, ['org_a', 'org_b']);
    const { finding, recheck } = findingOf('deny-associations', deny, ['org_a', 'org_b']);
    const outcome = await applyFix(t.api, 'cgr_1', request(finding, recheck, 'remove-organizations'));
    expect(outcome).toMatchObject({ kind: 'organizations-removed', removed: ['org_a', 'org_b'], kept: [], left: [] });
    expect(t.calls).toEqual([
      'GET client-grants/cgr_1/organizations',
      'GET grant',
      'DELETE organizations/org_a/client-grants/cgr_1',
      'GET organizations/org_a/client-grants',
      'DELETE organizations/org_b/client-grants/cgr_1',
      'GET organizations/org_b/client-grants',
    ]);
    expect(t.orgs.size).toBe(0);
  });

  it('a colleague allowed organizations meanwhile: the associations are live again, nothing is removed', async () => {
    const t = tenant(deny, ['org_a']);
    const { finding, recheck } = findingOf('deny-associations', deny, ['org_a']);
    t.change({ organization_usage: 'allow' });
    const outcome = await applyFix(t.api, 'cgr_1', request(finding, recheck, 'remove-organizations'));
    expect(outcome.kind).toBe('no-longer-applies');
    expect(t.calls.filter((c) => c.startsWith('DELETE'))).toEqual([]);
    expect(t.orgs.has('org_a')).toBe(true);
  });

  it("an association a colleague added meanwhile is left to them; one the tenant kept is reported as kept", async () => {
    const t = tenant(deny, ['org_a', 'org_b', 'org_new'], { stubborn: ['org_b'] });
    const { finding, recheck } = findingOf('deny-associations', deny, ['org_a', 'org_b']);
    const outcome = await applyFix(t.api, 'cgr_1', request(finding, recheck, 'remove-organizations'));
    expect(outcome).toMatchObject({ kind: 'organizations-removed', removed: ['org_a'], kept: ['org_b'], left: ['org_new'] });
    expect(t.calls).not.toContain('DELETE organizations/org_new/client-grants/cgr_1');
  });

  it('every confirmed association already removed by a colleague: nothing to do, and it says why', async () => {
    const t = tenant(deny, ['org_new']);
    const { finding, recheck } = findingOf('deny-associations', deny, ['org_a']);
    const outcome = await applyFix(t.api, 'cgr_1', request(finding, recheck, 'remove-organizations'));
    expect(outcome).toMatchObject({ kind: 'no-longer-applies', why: expect.stringMatching(/organizations associated with it changed/) });
    expect(t.calls.filter((c) => c.startsWith('DELETE'))).toEqual([]);
  });
});

describe('Delete a require grant no organization can use', () => {
  const require = { ...base, client_id: 'a', organization_usage: 'require' as const };

  it('a colleague associated an organization meanwhile: the grant is usable now, and is not deleted', async () => {
    const t = tenant(require, []);
    const { finding, recheck } = findingOf('require-unassociated', require);
    t.orgs.add('org_a');
    const outcome = await applyFix(t.api, 'cgr_1', request(finding, recheck, 'delete-grant'));
    expect(outcome).toMatchObject({ kind: 'no-longer-applies', why: expect.stringMatching(/organizations/) });
    expect(t.calls).not.toContain('DELETE grant');
  });

  it('still unassociated: deleted, and read back as gone', async () => {
    const t = tenant(require, []);
    const { finding, recheck } = findingOf('require-unassociated', require);
    const outcome = await applyFix(t.api, 'cgr_1', request(finding, recheck, 'delete-grant'));
    expect(outcome.kind).toBe('deleted');
    expect(t.calls).toEqual(['GET client-grants/cgr_1/organizations', 'GET grant', 'DELETE grant', 'GET grant']);
  });
});

describe('organization settings fixes', () => {
  it('Turn organizations off on a Management API grant: usage deny, any organization off with it; associations kept is said', async () => {
    const g = { ...base, audience: mgmtAudience, organization_usage: 'allow' as const, allow_any_organization: true };
    const t = tenant(g, []);
    const { finding, recheck } = findingOf('management-organizations', g);
    const outcome = await applyFix(t.api, 'cgr_1', request(finding, recheck, 'deny-organizations'));
    expect(t.calls).toEqual(['GET grant', 'PATCH {"organization_usage":"deny","allow_any_organization":false}', 'GET grant']);
    expect(outcome).toMatchObject({ kind: 'changed', note: expect.stringMatching(/stay associated/) });
  });

  it('Stop allowing any organization: only that field; a colleague who already did it gets no second write', async () => {
    const g = { ...base, organization_usage: 'require' as const, allow_any_organization: true };
    const t = tenant(g, []);
    const { finding, recheck } = findingOf('third-party-any-organization', g);
    const outcome = await applyFix(t.api, 'cgr_1', request(finding, recheck, 'stop-any-organization'));
    expect(t.calls).toEqual(['GET grant', 'PATCH {"allow_any_organization":false}', 'GET grant']);
    expect(outcome.kind).toBe('changed');
    const again = await applyFix(t.api, 'cgr_1', request(finding, recheck, 'stop-any-organization'));
    expect(again.kind).toBe('no-longer-applies');
  });
});
