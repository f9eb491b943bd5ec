import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fixtureApi, fixtureClient, fixtureGrant } from '../tenant-index/index-fixtures';
import type { Holder } from '../tenant-index';
import { ScopeHoldersTable } from './scope-holders-table';

const api = fixtureApi('https://orders', { name: 'Orders' });
const holders: Holder[] = Array.from({ length: 120 }, (_, i) => {
  const n = String(i).padStart(3, '0');
  return { grant: fixtureGrant(`cgr_${n}`, `c_${n}`, api.identifier, { scope: ['read:x'] }), client: fixtureClient(`c_${n}`, { name: `App ${n}` }), api, viaAllScopes: false };
});
const shownIds = () =>
  within(screen.getByRole('table', { name: 'Applications holding the scope' }))
    .getAllByRole('link')
    .map((link) => link.textContent);

describe('ScopeHoldersTable', () => {
  it('counts every holder but draws one page of rows at a time', async () => {
    render(<ScopeHoldersTable holders={holders} scope="read:x" partial={false} />);
    expect(screen.getByText('120 grants hold read:x, for 120 applications.')).toBeInTheDocument();
    expect(shownIds()).toHaveLength(50);
    expect(shownIds()[0]).toBe('cgr_000');
    await userEvent.click(screen.getByRole('button', { name: 'Go to next page' }));
    expect(shownIds()[0]).toBe('cgr_050');
    await userEvent.click(screen.getByRole('button', { name: 'Go to next page' }));
    expect(shownIds()).toEqual(holders.slice(100).map((h) => h.grant.id));
  });

  it('sorts the whole list, not just the page shown', async () => {
    render(<ScopeHoldersTable holders={holders} scope="read:x" partial={false} />);
    await userEvent.click(screen.getByRole('button', { name: 'Application' }));
    expect(shownIds()[0]).toBe('cgr_119');
  });

  it('shows no pager when every holder fits on one page', () => {
    render(<ScopeHoldersTable holders={holders.slice(0, 10)} scope="read:x" partial />);
    expect(shownIds()).toHaveLength(10);
    expect(screen.queryByRole('button', { name: 'Go to next page' })).toBeNull();
    expect(screen.getByText(/so far\.$/)).toBeInTheDocument();
  });
});
