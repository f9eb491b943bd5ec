import { afterAll, beforeAll, describe, expect, it, vi, type MockInstance } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expectBidiRevealed } from '../components/bidi-expect';
import { holdersOf, sortedOrganizations } from '../tenant-index';
import { buildIndex, fixtureApi, fixtureClient, fixtureGrant } from '../tenant-index/index-fixtures';
import { useSelection } from '../bulk';
import { OrganizationCombobox } from './organization-combobox';
import { fixtureOrganization, withOrganizations } from './organization-fixtures';
import { OrganizationQuestion } from './organization-question';
import { organizationReach } from './organization-text';
import { reachableRows } from './reachable-rows';
import { ScopeHoldersTable } from './scope-holders-table';

// An organization named with a right-to-left override, and one in a right-to-left script: the first is shown
// with its control as a marker, and each name is isolated, so neither reorders the list of names around it.
const EVIL = '\u202Eevil.exe';
const HEBREW = 'חברה בע״מ';
const AUDIENCE = 'https://orders.example';

let sizes: MockInstance[] = [];
beforeAll(() => {
  sizes = [
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1000),
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600),
  ];
});
afterAll(() => sizes.forEach((spy) => spy.mockRestore()));

const index = withOrganizations(
  buildIndex({
    clients: [fixtureClient('c_app', { name: 'App' })],
    apis: [fixtureApi(AUDIENCE, { name: 'Orders', scopes: [{ value: 'read:orders' }] })],
    grants: [fixtureGrant('cgr_1', 'c_app', AUDIENCE, { scope: ['read:orders'], organization_usage: 'allow' })],
  }),
  [fixtureOrganization('org_evil', EVIL, { name: 'evil' }), fixtureOrganization('org_he', HEBREW, { name: 'hebrew' })],
  { org_evil: ['cgr_1'], org_he: ['cgr_1'] },
);

function Holders() {
  const selection = useSelection();
  return (
    <ScopeHoldersTable
      holders={holdersOf(index, AUDIENCE, 'read:orders')}
      scope="read:orders"
      partial={false}
      selection={selection}
      labelOf={() => 'App'}
      reachOf={(holder) => organizationReach(index, holder.grant)}
    />
  );
}

describe('Organizations in the Access view: bidi controls are shown, never applied', { timeout: 20_000 }, () => {
  it('in the Organizations column: each name revealed and isolated', () => {
    render(<Holders />);
    const row = within(screen.getByRole('table', { name: 'Applications holding the scope' })).getAllByRole('row')[1]!;
    const cell = within(row).getByText(HEBREW).closest('td');
    expectBidiRevealed(cell);
    const isolated = [...(cell?.querySelectorAll('bdi') ?? [])].map((bdi) => bdi.textContent);
    expect(isolated).toEqual(['⟨U+202E⟩evil.exe', HEBREW]);
  });

  it('in the Organization combobox: options, the chosen value, and the question summary', async () => {
    const { unmount } = render(
      <OrganizationCombobox organizations={sortedOrganizations(index)} value={undefined} loading={false} disabled={false} onChange={() => undefined} />,
    );
    await userEvent.click(screen.getByRole('combobox', { name: 'Organization' }));
    expectBidiRevealed(await screen.findByRole('option', { name: /evil\.exe/ }));
    unmount();
    render(<OrganizationQuestion index={index} rows={reachableRows(index, 'org_evil')} organizationId="org_evil" partial={false} reading={false} onChange={() => undefined} />);
    expect(screen.getByRole('combobox', { name: 'Organization' })).toHaveValue('⟨U+202E⟩evil.exe');
    expectBidiRevealed(screen.getByText(/^1 grant reaches/));
  });
});
