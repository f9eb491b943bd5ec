import { beforeAll, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fixtureApi, fixtureClient, fixtureGrant } from '../tenant-index/index-fixtures';
import type { Holder } from '../tenant-index';
import { useSelection } from '../bulk';
import { ScopeHoldersTable } from './scope-holders-table';

/** The table as the Access view renders it, with a live selection and its size on screen. */
function Harness({ list, partial = false }: { list: Holder[]; partial?: boolean }) {
  const selection = useSelection();
  return (
    <>
      <output aria-label="Selected">{selection.grants.size}</output>
      <ScopeHoldersTable holders={list} scope="read:x" partial={partial} selection={selection} labelOf={(h) => h.client?.name ?? ''} reachOf={() => ({ kind: 'not-allowed' })} />
    </>
  );
}

const api = fixtureApi('https://orders', { name: 'Orders' });
const holders: Holder[] = Array.from({ length: 120 }, (_, i) => {
  const n = String(i).padStart(3, '0');
  return { grant: fixtureGrant(`cgr_${n}`, `c_${n}`, api.identifier, { scope: ['read:x'] }), client: fixtureClient(`c_${n}`, { name: `App ${n}` }), api, viaAllScopes: false };
});
const shownIds = () =>
  within(screen.getByRole('table', { name: 'Applications holding the scope' }))
    .getAllByRole('link', { name: /^cgr_/ })
    .map((link) => link.textContent);

// Fifty MUI rows per render: slow on a loaded machine, not a behaviour to time.
describe('ScopeHoldersTable', { timeout: 15_000 }, () => {
  // The banner is a lazy chunk: load it once up front, so a busy machine's module transform is not timed.
  beforeAll(() => import('../bulk/bulk-ui'), 60_000);

  it('with no holders, says so and offers no table to select from', () => {
    render(<Harness list={[]} />);
    expect(screen.getByText('0 grants hold read:x, for 0 applications.')).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Applications holding the scope' })).toBeNull();
    expect(screen.queryByRole('checkbox', { name: 'Select all on this page' })).toBeNull();
  });

  it('counts every holder but draws one page of rows at a time', async () => {
    render(<Harness list={holders} />);
    expect(screen.getByText('120 grants hold read:x, for 120 applications.')).toBeInTheDocument();
    expect(shownIds()).toHaveLength(50);
    expect(shownIds()[0]).toBe('cgr_000');
    await userEvent.click(screen.getByRole('button', { name: 'Go to next page' }));
    expect(shownIds()[0]).toBe('cgr_050');
    await userEvent.click(screen.getByRole('button', { name: 'Go to next page' }));
    expect(shownIds()).toEqual(holders.slice(100).map((h) => h.grant.id));
  });

  it('sorts the whole list, not just the page shown', async () => {
    render(<Harness list={holders} />);
    await userEvent.click(screen.getByRole('button', { name: 'Application' }));
    expect(shownIds()[0]).toBe('cgr_119');
  });

  it('shows no pager when every holder fits on one page', () => {
    render(<Harness list={holders.slice(0, 10)} partial />);
    expect(shownIds()).toHaveLength(10);
    expect(screen.queryByRole('button', { name: 'Go to next page' })).toBeNull();
    expect(screen.getByText(/so far\.$/)).toBeInTheDocument();
  });

  it('"Select all on this page" ticks the page shown; the banner then ticks every holder', async () => {
    render(<Harness list={holders} />);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select all on this page' }));
    expect(screen.getByRole('status', { name: 'Selected' })).toHaveTextContent('50');
    expect(screen.getByRole('checkbox', { name: 'Select grant for App 049' })).toBeChecked();
    await userEvent.click(await screen.findByRole('button', { name: 'Select all 120 that match' }, { timeout: 5000 }));
    expect(screen.getByRole('status', { name: 'Selected' })).toHaveTextContent('120');
  });
});
