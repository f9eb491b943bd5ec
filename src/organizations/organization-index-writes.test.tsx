import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ClientGrant } from '../api/client-grants';
import type { ManagementApi } from '../api/management-api';
import { renderConnected } from '../connection/render-connected';
import type { TenantIndexStore } from '../tenant-index/index-store';
import { registerStore } from '../tenant-index/index-writes';
import { ALL_ORG_SCOPES, fakeOrganizationsApi, GRANT_ID, org } from './organizations-fake-api';
import { OrganizationsRegion } from './organizations-region';

const grant: ClientGrant = {
  id: GRANT_ID,
  client_id: 'c'.repeat(32),
  audience: 'https://api',
  subject_type: 'client',
  organization_usage: 'allow',
};
const ACME = org(1, 'Acme Corp');
const GLOBEX = org(2, 'Globex');
const region = () => screen.getByRole('region', { name: 'Organizations' });

/** The tenant index of this connection, as far as the region can tell: what it reports to it. */
function watchIndex(api: object) {
  const applyWrite = vi.fn();
  registerStore(api as ManagementApi, { applyWrite } as unknown as TenantIndexStore);
  return applyWrite;
}

describe('Organizations region writes reach the tenant index', () => {
  it('reports an association added, and one removed, so the Access view follows without a re-read', async () => {
    const { api } = fakeOrganizationsApi([ACME, GLOBEX], [ACME.id]);
    const applyWrite = watchIndex(api);
    renderConnected(<OrganizationsRegion grant={grant} />, api, ALL_ORG_SCOPES);
    const list = await within(region()).findByRole('list', { name: 'Associated organizations' });

    fireEvent.click(within(region()).getByRole('button', { name: 'Add organizations…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add organizations' });
    fireEvent.change(within(dialog).getByRole('combobox', { name: 'Organizations' }), {
      target: { value: 'Glob' },
    });
    fireEvent.click(await screen.findByRole('option', { name: 'Globex' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add' }));
    await waitFor(() =>
      expect(applyWrite).toHaveBeenCalledWith({ associated: { orgId: GLOBEX.id, grantId: GRANT_ID } }),
    );

    fireEvent.click(within(list).getByRole('button', { name: 'Remove Acme Corp' }));
    fireEvent.click(
      within(await screen.findByRole('dialog', { name: 'Remove organization' })).getByRole('button', {
        name: 'Remove',
      }),
    );
    await waitFor(() =>
      expect(applyWrite).toHaveBeenCalledWith({ dissociated: { orgId: ACME.id, grantId: GRANT_ID } }),
    );
    expect(applyWrite).toHaveBeenCalledTimes(2);
    // Two dialogs on a shared two-core machine: slower than the default 5 s at times.
  }, 20_000);

  it('reports nothing for a removal the tenant refused', async () => {
    const refused = new Error('network');
    const { api } = fakeOrganizationsApi([ACME], [ACME.id], (req) =>
      req.method === 'DELETE' ? refused : undefined,
    );
    const applyWrite = watchIndex(api);
    renderConnected(<OrganizationsRegion grant={grant} />, api, ALL_ORG_SCOPES);
    const list = await within(region()).findByRole('list', { name: 'Associated organizations' });
    fireEvent.click(within(list).getByRole('button', { name: 'Remove Acme Corp' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove organization' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Remove' }));
    expect(await within(dialog).findByRole('alert')).toBeVisible();
    expect(applyWrite).not.toHaveBeenCalled();
  });
});
