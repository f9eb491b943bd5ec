import { afterAll, beforeAll, describe, expect, it, vi, type MockInstance } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expectBidiRevealed } from '../components/bidi-expect';
import { applicationAccess, holdersOf, scopeOptions, sortedClients } from '../tenant-index';
import { buildIndex, fixtureApi, fixtureClient, fixtureGrant } from '../tenant-index/index-fixtures';
import { AccessMatrix } from './access-matrix';
import { ApplicationAccessTable } from './application-access-table';
import { ApplicationCombobox } from './application-combobox';
import { organizationReach } from './organization-text';
import { ScopeCombobox } from './scope-combobox';
import { ScopeHoldersTable } from './scope-holders-table';
import { useSelection } from '../bulk';
import type { Holder } from '../tenant-index';

// Names, identifiers and scopes holding a right-to-left override: every surface of the Access view shows the
// control as a marker, as the grants table does, so "‮evil.exe" cannot read as "exe.live".
const EVIL = '\u202Eevil.exe';
const SCOPE = 'read:\u202Etxt.exe';
const AUDIENCE = 'https://\u202Eapi.example';

let sizes: MockInstance[] = [];
beforeAll(() => {
  sizes = [
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1000),
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600),
  ];
});
afterAll(() => sizes.forEach((spy) => spy.mockRestore()));

const index = buildIndex({
  clients: [fixtureClient('c_evil', { name: EVIL })],
  apis: [
    fixtureApi(AUDIENCE, {
      name: `Orders ${EVIL}`,
      scopes: [{ value: SCOPE, description: `Reads ${EVIL}` }],
    }),
  ],
  grants: [fixtureGrant('cgr_evil', 'c_evil', AUDIENCE, { scope: [SCOPE] })],
});

function Holders({ list }: { list: Holder[] }) {
  const selection = useSelection();
  return (
    <ScopeHoldersTable
      holders={list}
      scope={SCOPE}
      partial={false}
      selection={selection}
      labelOf={() => EVIL}
      reachOf={(holder) => organizationReach(index, holder.grant)}
    />
  );
}

describe('Access view: bidi controls are shown, never applied', { timeout: 20_000 }, () => {
  it('in the access matrix: the application row header and the API column header', () => {
    render(<AccessMatrix index={index} version={index.version} onOpenGrant={() => undefined} />);
    const grid = screen.getByRole('grid', { name: 'Access matrix' });
    expectBidiRevealed(within(grid).getByRole('rowheader'));
    const header = within(grid).getAllByRole('columnheader')[1];
    expectBidiRevealed(header);
    expect(header?.title).toBe('https://⟨U+202E⟩api.example');
  });

  it('in the scope holders table and its summary', () => {
    render(<Holders list={holdersOf(index, AUDIENCE, SCOPE)} />);
    const row = within(screen.getByRole('table', { name: 'Applications holding the scope' })).getAllByRole(
      'row',
    )[1];
    expectBidiRevealed(within(row!).getByRole('rowheader'));
    expectBidiRevealed(within(row!).getAllByRole('cell')[1]);
    expectBidiRevealed(screen.getByText(/^1 grant holds/));
  });

  it("in one application's access: API, identifier and scopes, and the sentence for no grant", () => {
    const { unmount } = render(
      <ApplicationAccessTable rows={applicationAccess(index, 'c_evil')} appName={EVIL} reachOf={(row) => organizationReach(index, row.grant)} />,
    );
    const row = within(screen.getByRole('table')).getAllByRole('row')[1]!;
    const [api, , scopes] = within(row).getAllByRole('cell');
    expectBidiRevealed(api);
    expectBidiRevealed(scopes);
    unmount();
    render(<ApplicationAccessTable rows={[]} appName={EVIL} reachOf={() => ({ kind: 'not-allowed' })} />);
    expectBidiRevealed(screen.getByText(/holds no grant/));
  });

  it('in the Scope combobox: options, the chosen value and its helper text', async () => {
    const { rerender } = render(
      <ScopeCombobox
        options={scopeOptions(index)}
        value={undefined}
        loading={false}
        onChange={() => undefined}
      />,
    );
    await userEvent.click(screen.getByRole('combobox', { name: 'Scope' }));
    expectBidiRevealed(await screen.findByRole('option'));
    rerender(
      <ScopeCombobox
        options={scopeOptions(index)}
        value={{ audience: AUDIENCE, value: SCOPE }}
        loading={false}
        onChange={() => undefined}
      />,
    );
    expect(screen.getByRole('combobox', { name: 'Scope' })).toHaveValue('read:⟨U+202E⟩txt.exe');
    expectBidiRevealed(screen.getByText(/^On Orders/));
  });

  it('in the Application combobox: options and the chosen value', async () => {
    const { rerender } = render(
      <ApplicationCombobox
        clients={sortedClients(index)}
        value={undefined}
        loading={false}
        onChange={() => undefined}
      />,
    );
    await userEvent.click(screen.getByRole('combobox', { name: 'Application' }));
    expectBidiRevealed(await screen.findByRole('option'));
    rerender(
      <ApplicationCombobox
        clients={sortedClients(index)}
        value="c_evil"
        loading={false}
        onChange={() => undefined}
      />,
    );
    expect(screen.getByRole('combobox', { name: 'Application' })).toHaveValue('⟨U+202E⟩evil.exe');
  });
});
