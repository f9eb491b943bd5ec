import { describe, expect, it } from 'vitest';
import { buildIndex, fixtureApi, fixtureClient, fixtureGrant } from '../tenant-index/index-fixtures';
import { fixtureOrganization, withOrganizations } from './organization-fixtures';
import { howText, reachableRows } from './reachable-rows';

const acme = fixtureOrganization('org_acme', 'Acme Corp');
const globex = fixtureOrganization('org_globex', 'Globex');

function tenant() {
  const index = buildIndex({
    clients: [fixtureClient('c_zed', { name: 'Zed' }), fixtureClient('c_alpha', { name: 'Alpha' }), fixtureClient('c_mid', { name: 'Mid' })],
    apis: [fixtureApi('https://orders', { name: 'Orders' }), fixtureApi('https://billing', { name: 'Billing' })],
    grants: [
      fixtureGrant('g_assoc_allow', 'c_zed', 'https://orders', { organization_usage: 'allow' }),
      fixtureGrant('g_assoc_require', 'c_alpha', 'https://orders', { organization_usage: 'require' }),
      fixtureGrant('g_assoc_deny', 'c_alpha', 'https://billing', { organization_usage: 'deny' }),
      fixtureGrant('g_assoc_unset', 'c_mid', 'https://billing'),
      fixtureGrant('g_any', 'c_mid', 'https://orders', { organization_usage: 'require', allow_any_organization: true }),
      fixtureGrant('g_any_and_assoc', 'c_alpha', 'https://billing', { subject_type: 'user', organization_usage: 'allow', allow_any_organization: true }),
      fixtureGrant('g_any_deny', 'c_zed', 'https://billing', { organization_usage: 'deny', allow_any_organization: true }),
      fixtureGrant('g_other_org', 'c_zed', 'https://billing', { organization_usage: 'allow' }),
      fixtureGrant('g_third_party', '', 'https://orders', { client_id: undefined, default_for: 'third_party_clients', organization_usage: 'allow', allow_any_organization: true }),
    ],
  });
  return withOrganizations(index, [acme, globex], {
    org_acme: ['g_assoc_allow', 'g_assoc_require', 'g_assoc_deny', 'g_assoc_unset', 'g_any_and_assoc'],
    org_globex: ['g_other_org'],
  });
}

const how = (rows: ReturnType<typeof reachableRows>) => rows.map((row) => [row.grant.id, howText(row.how)]);

describe('what can reach an organization', () => {
  it('lists its associated grants and every "any organization" grant, sorted by application then API, never a deny or unset one', () => {
    expect(how(reachableRows(tenant(), 'org_acme'))).toEqual([
      // "All third-party applications" sorts among the names: it is what the row calls the application.
      ['g_third_party', 'Any organization'],
      ['g_any_and_assoc', 'Associated'],
      ['g_assoc_require', 'Associated'],
      ['g_any', 'Any organization'],
      ['g_assoc_allow', 'Associated'],
    ]);
  });

  it('an organization with no association is still reached by the "any organization" grants', () => {
    const index = tenant();
    expect(how(reachableRows(index, 'org_globex'))).toEqual([
      ['g_third_party', 'Any organization'],
      ['g_any_and_assoc', 'Any organization'],
      ['g_any', 'Any organization'],
      ['g_other_org', 'Associated'],
    ]);
    expect(how(reachableRows(index, 'org_nobody'))).toEqual([
      ['g_third_party', 'Any organization'],
      ['g_any_and_assoc', 'Any organization'],
      ['g_any', 'Any organization'],
    ]);
  });

  it('names the application and API of each row, and leaves them out when they are gone', () => {
    const index = tenant();
    index.clients.delete('c_zed');
    const row = reachableRows(index, 'org_acme').find((r) => r.grant.id === 'g_assoc_allow');
    expect(row).toMatchObject({ client: undefined, api: { name: 'Orders' } });
    expect(reachableRows(index, 'org_acme').find((r) => r.grant.id === 'g_assoc_require')?.client?.name).toBe('Alpha');
  });
});
