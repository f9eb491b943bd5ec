import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApiError } from '../api/errors';
import { createTenantIndex, putGrants } from '../tenant-index/tenant-index';
import { fixtureGrant } from '../tenant-index/index-fixtures';
import type { TenantIndexState } from '../tenant-index';
import { IndexStatus } from './index-status';

function stateOf(change: Partial<TenantIndexState>): TenantIndexState {
  const index = createTenantIndex();
  putGrants(
    index,
    Array.from({ length: 300 }, (_, i) => fixtureGrant(`cgr_${i}`, `c_${i}`, 'https://orders')),
  );
  return {
    index,
    version: index.version,
    status: 'ready',
    progress: { phase: 'grants', loaded: 300, total: 1500 },
    partial: true,
    cancel: vi.fn(),
    refresh: vi.fn(),
    ...change,
  };
}

describe('IndexStatus', () => {
  it('a read whose pages ended before the count says partial and offers Read again, never "Tenant read"', async () => {
    const state = stateOf({ status: 'stopped', stop: { reason: 'short', read: 300, total: 1500 } });
    render(<IndexStatus state={state} />);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Reading stopped after 300 grants: the tenant’s pages ended after 300 of the 1,500 grants it counts. The answers below are partial.',
    );
    expect(screen.queryByText(/Tenant read/)).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Read again' }));
    expect(state.refresh).toHaveBeenCalled();
  });

  it('a loop says what happened', () => {
    render(
      <IndexStatus
        state={stateOf({ status: 'stopped', stop: { reason: 'repeated-cursor', read: 400, total: 1500 } })}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      /page cursor it had already sent.*The answers below are partial\./,
    );
  });

  it('a failed read says the answers shown are partial', () => {
    const error = new ApiError({ status: 500, error: 'Internal Server Error', message: 'boom' });
    render(<IndexStatus state={stateOf({ status: 'error', error })} />);
    expect(
      screen.getByText('The answers below are partial: 300 grants read before the read failed.'),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeVisible();
  });
});
