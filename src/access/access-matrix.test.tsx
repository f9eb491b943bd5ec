import { afterAll, beforeAll, describe, expect, it, vi, type MockInstance } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { buildIndex, fixtureApi, fixtureClient, fixtureGrant, scaleIndex } from '../tenant-index/index-fixtures';
import type { TenantIndex } from '../tenant-index/tenant-index';
import { AccessMatrix } from './access-matrix';

// jsdom lays nothing out: give every element a viewport-sized box so the virtualisers draw a window of cells.
let sizes: MockInstance[] = [];
beforeAll(() => {
  sizes = [
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1000),
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600),
  ];
});
afterAll(() => sizes.forEach((spy) => spy.mockRestore()));

const scopes = (n: number) => Array.from({ length: n }, (_, i) => `scope:${i}`);
const billingOrders = fixtureGrant('cgr_billing_orders', 'c_billing', 'orders', { scope: scopes(12) });
const billingOrdersUser = fixtureGrant('cgr_billing_orders_user', 'c_billing', 'orders', { scope: scopes(3), subject_type: 'user' });
const mobileOrdersUser = fixtureGrant('cgr_mobile_orders_user', 'c_mobile', 'orders', { scope: scopes(1), subject_type: 'user' });

function demoIndex(): TenantIndex {
  return buildIndex({
    clients: [
      fixtureClient('c_billing', { name: 'Billing Service', app_type: 'non_interactive' }),
      fixtureClient('c_web', { name: 'Web Portal', app_type: 'regular_web' }),
      fixtureClient('c_mobile', { name: 'Mobile', app_type: 'native' }),
      fixtureClient('c_unused', { name: 'Unused', app_type: 'spa' }),
    ],
    apis: [fixtureApi('orders', { name: 'Orders API' }), fixtureApi('inventory', { name: 'Inventory API' })],
    grants: [
      billingOrders,
      billingOrdersUser,
      mobileOrdersUser,
      fixtureGrant('cgr_web_inventory', 'c_web', 'inventory', { scope: undefined, allow_all_scopes: true }),
      fixtureGrant('cgr_billing_gone', 'c_billing', 'https://gone.example', { scope: scopes(2) }),
    ],
  });
}

function renderMatrix(index: TenantIndex = demoIndex()) {
  const onOpenGrant = vi.fn();
  render(<AccessMatrix index={index} version={index.version} onOpenGrant={onOpenGrant} />);
  return { onOpenGrant, grid: screen.getByRole('grid', { name: 'Access matrix' }) };
}

const rowNames = (grid: HTMLElement) => within(grid).queryAllByRole('rowheader').map((cell) => cell.firstChild?.textContent);

// MUI's first render and role queries over thousands of elements are slow on a busy 2-core CI machine.
describe('AccessMatrix', { timeout: 20_000 }, () => {
  it('is a grid named Access matrix that counts its rows and columns, headers included', async () => {
    const { grid } = renderMatrix();
    // Apps with grants (Unused has none), by name; APIs by name, then the deleted one.
    expect(grid).toHaveAttribute('aria-rowcount', '4');
    expect(grid).toHaveAttribute('aria-colcount', '4');
    expect(screen.getByText('3 applications × 3 APIs')).toBeInTheDocument();
    expect(rowNames(grid)).toEqual(['Billing Service', 'Mobile', 'Web Portal']);
    const headers = within(grid).getAllByRole('columnheader');
    expect(headers.map((header) => header.textContent)).toEqual(['Application', 'Inventory API', 'Orders API', 'https://gone.exampledeleted API']);
    expect(headers.map((header) => header.getAttribute('aria-colindex'))).toEqual(['1', '2', '3', '4']);
    expect(within(grid).getByRole('rowheader', { name: /Mobile/ })).toHaveTextContent('Native app');

    await userEvent.click(screen.getByRole('checkbox', { name: 'Only applications with grants' }));
    expect(grid).toHaveAttribute('aria-rowcount', '5');
    expect(screen.getByText('4 applications × 3 APIs')).toBeInTheDocument();
  });

  it("shows each cell's scope counts, with an accessible name saying whose access it is", () => {
    const { grid } = renderMatrix();
    const billing = within(grid).getByRole('gridcell', { name: 'Billing Service on Orders API: 12 scopes; user grant 3 scopes' });
    expect(billing).toHaveTextContent('12 · user 3');
    expect(billing).toHaveAttribute('aria-colindex', '3');
    expect(billing.closest('[role="row"]')).toHaveAttribute('aria-rowindex', '2');
    expect(within(grid).getByRole('gridcell', { name: 'Web Portal on Inventory API: all scopes' })).toHaveTextContent('All');
    expect(within(grid).getByRole('gridcell', { name: 'Mobile on Orders API: user grant 1 scope' })).toHaveTextContent('user 1');
    expect(within(grid).getByRole('gridcell', { name: 'Billing Service on https://gone.example: 2 scopes' })).toHaveTextContent('2');
    const billingRow = billing.closest<HTMLElement>('[role="row"]');
    expect(billingRow && within(billingRow).getAllByRole('gridcell').map((cell) => cell.textContent)).toEqual(['', '12 · user 3', '2']);
  });

  it('opens the client grant on click, and the user grant when that is all the cell has (Enter, Space)', async () => {
    const { grid, onOpenGrant } = renderMatrix();
    await userEvent.click(within(grid).getByRole('gridcell', { name: /^Billing Service on Orders API/ }));
    expect(onOpenGrant).toHaveBeenLastCalledWith(billingOrders);
    within(grid).getByRole('gridcell', { name: /^Mobile on Orders API/ }).focus();
    await userEvent.keyboard('{Enter}');
    expect(onOpenGrant).toHaveBeenLastCalledWith(mobileOrdersUser);
    await userEvent.keyboard(' ');
    expect(onOpenGrant).toHaveBeenCalledTimes(3);
  });

  it('is one tab stop whose focus moves with the arrow keys, Home/End and Ctrl+Home/End', async () => {
    const { grid } = renderMatrix();
    screen.getByRole('checkbox', { name: 'Only applications with grants' }).focus();
    await userEvent.tab();
    expect(within(grid).getByRole('columnheader', { name: 'Application' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(within(grid).getByRole('rowheader', { name: /Billing Service/ })).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    const empty = document.activeElement;
    expect(empty).toHaveAttribute('role', 'gridcell');
    expect(empty).toHaveAttribute('aria-colindex', '2');
    await userEvent.keyboard('{ArrowRight}');
    expect(within(grid).getByRole('gridcell', { name: /^Billing Service on Orders API/ })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(within(grid).getByRole('gridcell', { name: /^Mobile on Orders API/ })).toHaveFocus();
    await userEvent.keyboard('{Home}');
    expect(within(grid).getByRole('rowheader', { name: /Mobile/ })).toHaveFocus();
    await userEvent.keyboard('{Control>}{End}{/Control}');
    expect(document.activeElement).toHaveAttribute('aria-colindex', '4');
    expect(document.activeElement?.closest('[role="row"]')).toHaveAttribute('aria-rowindex', '4');
    await userEvent.keyboard('{ArrowUp}{ArrowUp}{ArrowUp}');
    expect(within(grid).getByRole('columnheader', { name: /gone\.example/ })).toHaveFocus();
    // Only the active cell is in the tab order; Tab leaves the grid.
    expect(grid.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
    await userEvent.tab();
    expect(grid).not.toContainElement(document.activeElement as HTMLElement);
  });

  it('filters rows by name, by exact client id and by application type', async () => {
    const { grid } = renderMatrix();
    const filter = screen.getByRole('textbox', { name: 'Filter applications' });
    await userEvent.type(filter, 'port');
    expect(rowNames(grid)).toEqual(['Web Portal']);
    expect(grid).toHaveAttribute('aria-rowcount', '2');
    await userEvent.clear(filter);
    await userEvent.type(filter, 'c_mobile');
    expect(rowNames(grid)).toEqual(['Mobile']);
    await userEvent.clear(filter);
    const type = screen.getByRole('combobox', { name: 'Application type' });
    expect(within(type).getAllByRole('option').map((option) => option.textContent)).toEqual(['All types', 'Machine to machine', 'Native app', 'Regular web app', 'Single-page app']);
    await userEvent.selectOptions(type, 'Machine to machine');
    expect(rowNames(grid)).toEqual(['Billing Service']);
    expect(screen.getByText('1 application × 3 APIs')).toBeInTheDocument();
  });

  it('draws only a window of a 10,000 × 100 tenant, and still reaches its last cell by keyboard', async () => {
    const index = scaleIndex(10_000, 100);
    const { grid } = renderMatrix(index);
    expect(grid).toHaveAttribute('aria-rowcount', '10001');
    expect(grid).toHaveAttribute('aria-colcount', '101');
    expect(screen.getByText('10,000 applications × 100 APIs')).toBeInTheDocument();
    const drawn = () => grid.querySelectorAll('[role="gridcell"], [role="rowheader"], [role="columnheader"]').length;
    expect(drawn()).toBeGreaterThan(50);
    expect(drawn()).toBeLessThan(2000);
    within(grid).getByRole('columnheader', { name: 'Application' }).focus();
    // A screenful: (600px - 56px header) / 48px rows = 11 rows.
    await userEvent.keyboard('{ArrowDown}{PageDown}');
    expect(within(grid).getByRole('rowheader', { name: /App 00011/ })).toHaveFocus();
    await userEvent.keyboard('{Control>}{End}{/Control}');
    const last = document.activeElement;
    expect(last).toHaveAttribute('aria-colindex', '101');
    expect(last).toHaveAccessibleName('App 09999 on API 099: 5 scopes');
    expect(last?.closest('[role="row"]')).toHaveAttribute('aria-rowindex', '10001');
    expect(last?.closest('[role="row"]')).toHaveTextContent('App 09999');
    expect(drawn()).toBeLessThan(2000);
  });
});
