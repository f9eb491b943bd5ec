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

  it('after the grants, the progress says which organizations are being read, and that grant answers are final', () => {
    render(
      <IndexStatus
        state={stateOf({
          status: 'reading',
          partial: false,
          progress: { phase: 'organizations', loaded: 40, total: 1000 },
        })}
      />,
    );
    const bar = screen.getByRole('progressbar', { name: 'Reading the tenant' });
    expect(bar).toHaveAttribute('aria-valuetext', 'Reading organizations: 40 of 1,000');
    expect(bar).toHaveAttribute('aria-valuenow', '40');
    expect(
      screen.getByText(/Every grant has been read; answers about organizations are partial/),
    ).toBeVisible();
  });

  it('reading associations counts organizations', () => {
    render(
      <IndexStatus
        state={stateOf({
          status: 'reading',
          partial: false,
          progress: { phase: 'associations', loaded: 7, total: 1000 },
        })}
      />,
    );
    expect(screen.getByRole('progressbar', { name: 'Reading the tenant' })).toHaveAttribute(
      'aria-valuetext',
      'Reading associations: 7 of 1,000 organizations',
    );
  });

  it('without the organization scopes the read is complete, and says which scope enables what', () => {
    const state = stateOf({ partial: false, readAt: Date.now() });
    state.index.organizationsCoverage = {
      status: 'forbidden',
      missingScopes: ['read:organizations', 'read:organization_client_grants'],
    };
    render(<IndexStatus state={state} />);
    expect(screen.getByText(/^Tenant read /)).toHaveTextContent('300 grants, 0 applications, 0 APIs.');
    expect(screen.getByText(/Organizations were not read/)).toHaveTextContent(
      'your token lacks read:organizations (needed to read the organizations, for what can reach each one) and read:organization_client_grants (needed to read which grants each organization is associated with).',
    );
  });

  it('organizations read in part say so, with Read again; complete ones are counted', async () => {
    const state = stateOf({
      partial: false,
      readAt: Date.now(),
      organizationsStop: { reason: 'repeated-cursor', read: 200 },
    });
    state.index.organizationsCoverage = { status: 'partial' };
    const { unmount } = render(<IndexStatus state={state} />);
    expect(screen.getByRole('alert')).toHaveTextContent(
      /Reading stopped after 200 organizations: .*Every grant was read, but answers about organizations are partial/,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Read again' }));
    expect(state.refresh).toHaveBeenCalled();
    unmount();
    state.index.organizationsCoverage = { status: 'complete' };
    render(<IndexStatus state={state} />);
    expect(screen.getByText(/^Tenant read /)).toHaveTextContent(
      '300 grants, 0 applications, 0 APIs, 0 organizations.',
    );
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
