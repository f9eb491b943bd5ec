import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ClientGrant } from '../../api/client-grants';
import { ApiError } from '../../api/errors';
import { EditGrantDialog } from './edit-grant-dialog';
import { ACME, GLOBEX, INITECH, ORG_SCOPES, fakeOrganizationsCore, type FakeOrg } from './organizations-fake';
import { ADMIN_SCOPES, createFakeApi, renderWithConnection } from './test-connection';

const grant: ClientGrant = {
  id: 'cgr_1',
  client_id: 'm2m0000000000000000000000000001',
  audience: 'https://orders.example.com/',
  scope: ['read:orders'],
  subject_type: 'client',
  organization_usage: 'allow',
};
const handlers = { onClose: vi.fn(), onSaved: vi.fn() };

beforeEach(() => vi.clearAllMocks());

function renderDialog(
  associated: FakeOrg[],
  fault?: Parameters<typeof fakeOrganizationsCore>[2],
  held: ClientGrant = grant,
) {
  const tenant = fakeOrganizationsCore(grant.id, associated, fault);
  const api = { ...createFakeApi(), core: tenant.core };
  api.clientGrants.get.mockResolvedValue(held);
  renderWithConnection(<EditGrantDialog grant={grant} open {...handlers} />, api, [...ADMIN_SCOPES, ...ORG_SCOPES]);
  return { api, tenant };
}

const dialog = () => screen.getByRole('dialog', { name: 'Edit grant' });
// The dialog reads the grant, then its organizations: slow on a shared machine.
const SLOW = { timeout: 10_000 };

/** Waits for the form to show the grant's current organizations, ready to change. */
async function ready(last: string) {
  await within(dialog()).findByRole('button', { name: last }, SLOW);
  await waitFor(() => expect(organizations()).toBeEnabled(), SLOW);
}
const organizations = () => within(dialog()).getByRole('combobox', { name: 'Organizations' });

/** Takes out the last chosen organization (Backspace in the empty combobox). */
async function removeLast() {
  await userEvent.click(organizations());
  await userEvent.keyboard('{Backspace}');
}

async function add(typed: string, name: string) {
  await userEvent.type(organizations(), typed);
  await userEvent.click(await screen.findByRole('option', { name }));
}

// userEvent typing into MUI autocompletes is slow under jsdom on a shared 2-core machine.
describe('EditGrantDialog with organizations', { timeout: 60_000 }, () => {
  it('opens with the associated organizations chosen; writes only what changed, after the save', async () => {
    const { api, tenant } = renderDialog([ACME, GLOBEX]);
    await ready('Globex');
    await removeLast();
    await add('Init', 'Initech');
    expect(screen.getByRole('status', { name: 'Changes to save' })).toHaveTextContent(
      'Organizations: + Initech, − Globex',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(handlers.onClose).toHaveBeenCalled(), SLOW);
    // Only the associations changed: the grant is re-read before writing, and no PATCH is needed.
    expect(api.clientGrants.update).not.toHaveBeenCalled();
    expect(tenant.writes()).toEqual([
      `POST organizations/${INITECH.id}/client-grants`,
      `DELETE organizations/${GLOBEX.id}/client-grants/${grant.id}`,
    ]);
    expect([...tenant.links].sort()).toEqual([ACME.id, INITECH.id].sort());
    expect(handlers.onSaved).toHaveBeenCalledWith(grant, expect.any(String), {
      note: '2 organization changes made.',
      complete: true,
    });
  });

  it("keeps an organization a colleague associated meanwhile: only this admin's removal is written", async () => {
    const { tenant } = renderDialog([ACME, GLOBEX]);
    await ready('Globex');
    await removeLast();
    tenant.links.add(INITECH.id); // the colleague, after the form opened
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(handlers.onClose).toHaveBeenCalled(), SLOW);
    expect(tenant.writes()).toEqual([`DELETE organizations/${GLOBEX.id}/client-grants/${grant.id}`]);
    expect([...tenant.links].sort()).toEqual([ACME.id, INITECH.id].sort());
  });

  it('a failed removal is shown per organization after the save, and Retry removes it', async () => {
    let fail = true;
    const down = new ApiError({ status: 503, error: 'Service Unavailable', message: 'The tenant is down.' });
    const { tenant } = renderDialog([ACME, GLOBEX], (req) => (fail && req.method === 'DELETE' ? down : undefined));
    await ready('Globex');
    await removeLast();
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Grant saved; 0 of 1 organization change made.', {}, SLOW)).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent('Globex failed');
    expect(screen.getByRole('alert')).toHaveTextContent('Not removed');
    expect(handlers.onSaved).not.toHaveBeenCalled();
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Retry Globex' }));
    expect(await screen.findByText('Grant saved; 1 organization change made.', {}, SLOW)).toBeVisible();
    expect(tenant.links.has(GLOBEX.id)).toBe(false);
  });

  it('keeps the organizations chosen when the save is refused', async () => {
    const { api, tenant } = renderDialog([ACME]);
    api.clientGrants.update.mockRejectedValue(
      new ApiError({ status: 404, error: 'Not Found', message: 'The grant does not exist.' }),
    );
    await ready('Acme Corp');
    await add('Glob', 'Globex');
    await userEvent.click(screen.getByRole('checkbox', { name: 'write:orders' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert', {}, SLOW)).toHaveTextContent('The grant does not exist.');
    expect(within(dialog()).getByRole('button', { name: 'Globex' })).toBeVisible();
    expect(screen.getByRole('checkbox', { name: 'write:orders' })).toBeChecked();
    expect(tenant.writes()).toEqual([]);
  });
});
