import { describe, expect, it } from 'vitest';
import type { ClientGrant } from '../api/client-grants';
import {
  createTenantIndex,
  putApis,
  putClients,
  putGrants,
  putOrganizationGrants,
  putOrganizations,
  setOrganizationsCoverage,
  type OrganizationsCoverage,
} from '../tenant-index/tenant-index';
import { evaluateFindings } from './evaluate-findings';
import { findingsForGrant, type RuleContext, type RuleId } from './rules';

const mgmt = { id: 'rs0', name: 'Auth0 Management API', identifier: 'https://t.example/api/v2/', is_system: true, scopes: [{ value: 'read:users' }] };
const orders = { id: 'rs1', name: 'Orders API', identifier: 'https://orders', scopes: [{ value: 'read:orders' }, { value: 'write:orders' }] };
const grant = (id: string, extra: Partial<ClientGrant> = {}): ClientGrant => ({
  id,
  audience: orders.identifier,
  subject_type: 'client',
  client_id: 'm2m',
  scope: ['read:orders'],
  ...extra,
});

type Setup = { grants: ClientGrant[]; associations?: Record<string, string[]>; coverage?: OrganizationsCoverage };

/** An index with organizations read as `coverage` says (complete unless told), `associations` by org id. */
function context({ grants, associations = {}, coverage = { status: 'complete' } }: Setup): RuleContext {
  const index = createTenantIndex();
  putApis(index, [mgmt, orders]);
  putClients(index, [
    { client_id: 'm2m', name: 'Worker', app_type: 'non_interactive', is_first_party: true },
    { client_id: 'partner', name: 'Partner Bot', app_type: 'non_interactive', is_first_party: false },
  ]);
  putGrants(index, grants);
  putOrganizations(index, [
    { id: 'org_a', name: 'acme', display_name: 'Acme Corp' },
    { id: 'org_b', name: 'globex' },
  ]);
  for (const [orgId, grantIds] of Object.entries(associations)) putOrganizationGrants(index, orgId, grantIds);
  setOrganizationsCoverage(index, coverage);
  return { index };
}

const rulesOf = (ctx: RuleContext, g: ClientGrant): RuleId[] => findingsForGrant(ctx, g).map((f) => f.rule);

describe('a require grant no organization can use', () => {
  const g = grant('g1', { organization_usage: 'require' });

  it('is found when nothing is associated and any organization is not allowed; its fix is delete', () => {
    const [f] = findingsForGrant(context({ grants: [g] }), g);
    expect(f?.rule).toBe('require-unassociated');
    expect(f?.severity).toBe('medium');
    expect(f?.fixes).toEqual(['delete-grant']);
    expect(f?.explanation).toMatch(/refuses every token/);
  });

  it('is not found with an association, with allow_any_organization, or for allow', () => {
    expect(rulesOf(context({ grants: [g], associations: { org_a: ['g1'] } }), g)).toEqual([]);
    const any = grant('g2', { organization_usage: 'require', allow_any_organization: true });
    expect(rulesOf(context({ grants: [any] }), any)).toEqual([]);
    const allow = grant('g3', { organization_usage: 'allow' });
    expect(rulesOf(context({ grants: [allow] }), allow)).toEqual([]);
  });

  it.each<OrganizationsCoverage>([{ status: 'unread' }, { status: 'partial' }, { status: 'forbidden', missingScopes: ['read:organization_client_grants'] }])(
    'is not reported when the associations were not all read (%o)',
    (coverage) => {
      expect(rulesOf(context({ grants: [g], coverage }), g)).toEqual([]);
    },
  );

  it("a fix's fresh read of the grant's associations wins over the index", () => {
    const ctx = context({ grants: [g], coverage: { status: 'partial' } });
    expect(rulesOf({ ...ctx, associations: { grantId: 'g1', organizationIds: [] } }, g)).toEqual(['require-unassociated']);
    const complete = context({ grants: [g] });
    expect(rulesOf({ ...complete, associations: { grantId: 'g1', organizationIds: ['org_b'] } }, g)).toEqual([]);
  });
});

describe('associations kept on a grant that denies organizations', () => {
  it('is found for deny and for no usage at all (deny by default), naming the organizations', () => {
    const deny = grant('g1', { organization_usage: 'deny' });
    const unset = grant('g2');
    const ctx = context({ grants: [deny, unset], associations: { org_a: ['g1', 'g2'], org_b: ['g1'] } });
    const [f] = findingsForGrant(ctx, deny);
    expect(f?.rule).toBe('deny-associations');
    expect(f?.organizations?.sort()).toEqual(['org_a', 'org_b']);
    expect(f?.explanation).toContain('Acme Corp, globex');
    expect(f?.fixes).toEqual(['remove-organizations']);
    expect(rulesOf(ctx, unset)).toEqual(['deny-associations']);
  });

  it('is not found when organizations are allowed, when none is associated, or when the read is partial', () => {
    const allow = grant('g1', { organization_usage: 'allow' });
    const deny = grant('g2', { organization_usage: 'deny' });
    expect(rulesOf(context({ grants: [allow, deny], associations: { org_a: ['g1'] } }), allow)).toEqual([]);
    expect(rulesOf(context({ grants: [allow, deny], associations: { org_a: ['g1'] } }), deny)).toEqual([]);
    expect(rulesOf(context({ grants: [deny], associations: { org_a: ['g2'] }, coverage: { status: 'partial' } }), deny)).toEqual([]);
  });

  it('leaves grants for user flows alone', () => {
    const user = grant('g1', { subject_type: 'user' });
    expect(rulesOf(context({ grants: [user], associations: { org_a: ['g1'] } }), user)).toEqual([]);
  });
});

describe('organizations on a Management API grant', () => {
  it('is found (high) for allow or require, whatever the coverage; its fix turns organizations off', () => {
    for (const usage of ['allow', 'require'] as const) {
      const g = grant('g1', { audience: mgmt.identifier, scope: ['read:users'], organization_usage: usage, allow_any_organization: true });
      const [f] = findingsForGrant(context({ grants: [g], coverage: { status: 'unread' } }), g);
      expect(f?.rule).toBe('management-organizations');
      expect(f?.severity).toBe('high');
      expect(f?.fixes).toEqual(['deny-organizations']);
    }
  });

  it('is not found for deny, or on another API', () => {
    const deny = grant('g1', { audience: mgmt.identifier, scope: ['read:users'], organization_usage: 'deny' });
    expect(rulesOf(context({ grants: [deny] }), deny)).toEqual([]);
    const other = grant('g2', { organization_usage: 'allow', allow_any_organization: true });
    expect(rulesOf(context({ grants: [other] }), other)).toEqual([]);
  });
});

describe('any organization for a third-party app', () => {
  it("is found on a third-party app's grant and on the default grant for third-party apps", () => {
    const app = grant('g1', { client_id: 'partner', organization_usage: 'allow', allow_any_organization: true });
    const [f] = findingsForGrant(context({ grants: [app] }), app);
    expect(f?.rule).toBe('third-party-any-organization');
    expect(f?.explanation).toContain('Partner Bot, a third-party app');
    expect(f?.fixes).toEqual(['stop-any-organization']);
    const defaults: ClientGrant = { id: 'g2', audience: orders.identifier, subject_type: 'client', default_for: 'third_party_clients', organization_usage: 'require', allow_any_organization: true };
    expect(rulesOf(context({ grants: [defaults] }), defaults)).toEqual(['third-party-any-organization']);
  });

  it('is not found for a first-party app, or when organizations are off', () => {
    const first = grant('g1', { organization_usage: 'allow', allow_any_organization: true });
    expect(rulesOf(context({ grants: [first] }), first)).toEqual([]);
    const off = grant('g2', { client_id: 'partner', organization_usage: 'deny', allow_any_organization: true });
    expect(rulesOf(context({ grants: [off] }), off)).toEqual([]);
  });
});

it('the tenant-wide evaluation reports each organization rule once, the Management API one first', async () => {
  const grants = [
    grant('a', { organization_usage: 'require' }),
    grant('b', { organization_usage: 'deny' }),
    grant('c', { audience: mgmt.identifier, scope: ['read:users'], organization_usage: 'allow' }),
    grant('d', { client_id: 'partner', organization_usage: 'allow', allow_any_organization: true }),
  ];
  const found = await evaluateFindings(context({ grants, associations: { org_b: ['b', 'c'] } }));
  expect(found.map((f) => f.id)).toEqual([
    'management-organizations:c',
    'third-party-any-organization:d',
    'deny-associations:b',
    'require-unassociated:a',
  ]);
});
