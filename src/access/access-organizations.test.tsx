import { afterAll, beforeAll, describe, expect, it, vi, type MockInstance } from 'vitest';
import { useState } from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { OrganizationsCoverage, TenantIndex } from '../tenant-index';
import { applicationAccess, holdersOf } from '../tenant-index';
import { buildIndex, fixtureApi, fixtureClient, fixtureGrant } from '../tenant-index/index-fixtures';
import { useSelection } from '../bulk';
import { ApplicationAccessTable } from './application-access-table';
import { fixtureOrganization, withOrganizations } from './organization-fixtures';
import { OrganizationQuestion } from './organization-question';
import { organizationReach } from './organization-text';
import { reachableRows } from './reachable-rows';
import { ScopeHoldersTable } from './scope-holders-table';

// The virtual listbox measures its scroller: give jsdom a size so options render.
let sizes: MockInstance[] = [];
beforeAll(() => {
  sizes = [
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1000),
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600),
  ];
});
afterAll(() => sizes.forEach((spy) => spy.mockRestore()));

const ORDERS = 'https://orders.example';
const orgs = [fixtureOrganization('org_acme', 'Acme Corp'), fixtureOrganization('org_globex', 'Globex'), fixtureOrganization('org_initech', 'Initech')];

function tenant(coverage?: OrganizationsCoverage): TenantIndex {
  const index = buildIndex({
    clients: [fixtureClient('c_billing', { name: 'Billing worker' }), fixtureClient('c_portal', { name: 'Portal' })],
    apis: [fixtureApi(ORDERS, { name: 'Orders', scopes: [{ value: 'read:orders' }] })],
    grants: [
      fixtureGrant('cgr_assoc', 'c_billing', ORDERS, { scope: ['write:orders', 'read:orders'], organization_usage: 'require' }),
      fixtureGrant('cgr_any', 'c_portal', ORDERS, { allow_all_scopes: true, organization_usage: 'allow', allow_any_organization: true }),
      fixtureGrant('cgr_deny', 'c_portal', ORDERS, { subject_type: 'user', scope: ['read:orders'], organization_usage: 'deny' }),
    ],
  });
  return withOrganizations(index, orgs, { org_acme: ['cgr_assoc', 'cgr_deny'], org_globex: ['cgr_assoc'] }, coverage);
}

/** The question as the Access view shows it, the choice kept as the URL would keep it. */
function Question({ index, initial, partial = false, reading = false }: { index: TenantIndex; initial?: string; partial?: boolean; reading?: boolean }) {
  const [id, setId] = useState(initial);
  return <OrganizationQuestion index={index} rows={id ? reachableRows(index, id) : []} organizationId={id} partial={partial} reading={reading} onChange={setId} />;
}

const reachableTable = () => screen.getByRole('table', { name: 'Reachable from the organization' });
/** Each row's cells as text: application, API, scopes, how, grant. */
const rowsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [within(row).getByRole('rowheader'), ...within(row).getAllByRole('cell')].map((cell) => cell.textContent));

describe('What can reach an organization', { timeout: 20_000 }, () => {
  it('choosing an organization by name lists every grant reaching it: associated and any organization, with scopes; a deny grant never', async () => {
    render(<Question index={tenant()} />);
    await userEvent.type(screen.getByRole('combobox', { name: 'Organization' }), 'acm');
    await userEvent.click(screen.getByRole('option', { name: /^Acme Corp/ }));
    expect(rowsOf(reachableTable())).toEqual([
      ['Billing workerMachine to machine', 'Ordershttps://orders.example', 'read:orders write:orders', 'Associated', 'cgr_assoc'],
      ['PortalMachine to machine', 'Ordershttps://orders.example', 'All scopes', 'Any organization', 'cgr_any'],
    ]);
    expect(screen.getByText('2 grants reach Acme Corp (1 associated, 1 through "any organization"), for 2 applications.')).toBeInTheDocument();
    expect(within(reachableTable()).getByRole('link', { name: 'cgr_assoc' })).toHaveAttribute('href', '?grant=cgr_assoc');
  });

  it('an organization with no association is reached only by the "any organization" grants', () => {
    render(<Question index={tenant()} initial="org_initech" />);
    expect(rowsOf(reachableTable()).map((row) => [row[4], row[3]])).toEqual([['cgr_any', 'Any organization']]);
  });

  it('without the scopes: names each missing scope and what it enables, and shows no answer', () => {
    const missing = ['read:organizations', 'read:organization_client_grants'];
    render(<Question index={tenant({ status: 'forbidden', missingScopes: missing })} initial="org_acme" />);
    expect(screen.getByRole('status')).toHaveTextContent(
      'This answer needs read:organizations (to list organizations) and read:organization_client_grants (to read which grants each organization is associated with), which the token does not hold.',
    );
    expect(screen.getByRole('combobox', { name: 'Organization' })).toBeDisabled();
    expect(screen.queryByRole('table', { name: 'Reachable from the organization' })).toBeNull();
  });

  it('read in part, being read, or not read yet, says the answer is partial', () => {
    const { unmount } = render(<Question index={tenant({ status: 'partial' })} initial="org_acme" />);
    expect(screen.getByRole('status')).toHaveTextContent('read in part: the answer is partial');
    expect(screen.getByText(/^2 grants reach Acme Corp .* so far\.$/)).toBeInTheDocument();
    unmount();
    // The index marks organizations partial while it reads them: that is "being read", not "read in part".
    const reading = render(<Question index={tenant({ status: 'partial' })} initial="org_acme" reading />);
    expect(screen.getByRole('status')).toHaveTextContent('being read: the answer is partial until they are');
    reading.unmount();
    render(<Question index={tenant({ status: 'unread' })} initial="org_zzz" />);
    expect(screen.getByRole('status')).toHaveTextContent('not read yet: the answer is partial');
    // Not read yet is no reason to call an organization from a link unknown.
    expect(screen.queryByText(/^Unknown organization/)).toBeNull();
  });

  it('an organization from a link that the tenant, read to the end, does not have is said to be unknown', () => {
    render(<Question index={tenant()} initial="org_gone" />);
    expect(screen.getByRole('status')).toHaveTextContent(/^Unknown organization: this tenant has no organization with the ID org_gone/);
    expect(screen.queryByRole('table', { name: 'Reachable from the organization' })).toBeNull();
  });
});

function Holders({ index }: { index: TenantIndex }) {
  const selection = useSelection();
  const holders = holdersOf(index, ORDERS, 'read:orders');
  return <ScopeHoldersTable holders={holders} scope="read:orders" partial={false} selection={selection} labelOf={(h) => h.grant.id} reachOf={(h) => organizationReach(index, h.grant)} />;
}

/** The Organizations column (5th of the holders table, after the checkbox) of the row for `grantId`. */
function organizationsOfHolder(grantId: string) {
  const table = screen.getByRole('table', { name: 'Applications holding the scope' });
  const header = within(table).getAllByRole('columnheader').map((h) => h.textContent);
  const row = within(table).getByRole('link', { name: grantId }).closest('tr') as HTMLElement;
  // Cells in order, the row header (application) in its place.
  const cells = [...row.children].map((cell) => cell.textContent);
  return cells[header.indexOf('Organizations')];
}

describe('the Organizations columns', { timeout: 20_000 }, () => {
  it("scope holders: which organizations each grant reaches, and whether they are required", () => {
    render(<Holders index={tenant()} />);
    expect(organizationsOfHolder('cgr_assoc')).toBe('Acme Corp, GlobexRequired');
    expect(organizationsOfHolder('cgr_any')).toBe('Any organizationAllowed');
    expect(organizationsOfHolder('cgr_deny')).toBe('Not allowed');
  });

  it('scope holders without the scopes to read associations: unknown, and which scope would tell', () => {
    render(<Holders index={tenant({ status: 'forbidden', missingScopes: ['read:organization_client_grants'] })} />);
    expect(organizationsOfHolder('cgr_assoc')).toBe('UnknownNeeds read:organization_client_grants');
    expect(organizationsOfHolder('cgr_any')).toBe('Any organizationAllowed');
  });

  it("an application's access: the same column", () => {
    const index = tenant();
    render(<ApplicationAccessTable rows={applicationAccess(index, 'c_portal')} appName="Portal" reachOf={(row) => organizationReach(index, row.grant)} />);
    const table = screen.getByRole('table', { name: 'APIs Portal can call' });
    const column = within(table).getAllByRole('columnheader').findIndex((h) => h.textContent === 'Organizations');
    const cells = within(table).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell')[column]?.textContent);
    expect(cells).toEqual(['Any organizationAllowed', 'Not allowed']);
  });
});
