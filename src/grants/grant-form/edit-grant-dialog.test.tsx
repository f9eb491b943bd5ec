import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ClientGrant } from '../../api/client-grants';
import { ApiError, NetworkError, ResponseShapeError } from '../../api/errors';
import { EditGrantDialog } from './edit-grant-dialog';
import { createFakeApi, renderWithConnection, type FakeApi } from './test-connection';

const grant: ClientGrant = {
  id: 'cgr_1',
  client_id: 'm2m0000000000000000000000000001',
  audience: 'https://orders.example.com/',
  scope: ['read:orders', 'write:orders'],
  subject_type: 'client',
};

let api: FakeApi;
const handlers = { onClose: vi.fn(), onSaved: vi.fn() };

beforeEach(() => {
  api = createFakeApi();
  vi.clearAllMocks();
});

/** The tenant holds `value` (the fresh read on open and the re-read before saving), unless a test says otherwise. */
function renderDialog(value: ClientGrant, scopes?: string[], held: ClientGrant | Error = value) {
  if (held instanceof Error) api.clientGrants.get.mockRejectedValue(held);
  else api.clientGrants.get.mockResolvedValue(held);
  return renderWithConnection(<EditGrantDialog grant={value} open {...handlers} />, api, scopes);
}

describe('EditGrantDialog', { timeout: 20_000 }, () => {
  it('shows the identity read-only and the grant values editable', async () => {
    renderDialog(grant);
    const dialog = screen.getByRole('dialog', { name: 'Edit grant' });
    expect(await within(dialog).findByDisplayValue('Billing Service (Machine to machine)')).toBe(
      within(dialog).getByRole('textbox', { name: 'Application' }),
    );
    expect(within(dialog).getByRole('textbox', { name: 'API' })).toHaveAttribute('readonly');
    expect(await screen.findByRole('checkbox', { name: 'write:orders' })).toBeChecked();
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
  });

  it('summarises the change and PATCHes only the changed fields', async () => {
    const saved = { ...grant, scope: ['read:orders', 'read:invoices'] };
    api.clientGrants.update.mockResolvedValue(saved);
    renderDialog(grant);
    await userEvent.click(await screen.findByRole('checkbox', { name: 'write:orders' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'read:invoices' }));
    expect(screen.getByRole('status', { name: 'Changes to save' })).toHaveTextContent(
      'Scopes: + read:invoices, − write:orders',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(handlers.onSaved).toHaveBeenCalled());
    expect(api.clientGrants.update).toHaveBeenCalledWith('cgr_1', {
      scope: ['read:orders', 'read:invoices'],
    });
    expect(handlers.onSaved).toHaveBeenCalledWith(
      saved,
      expect.stringContaining('up to 2 hours for Orders API'),
    );
    expect(handlers.onSaved.mock.calls[0]?.[1]).toContain('The tenant now holds: read:orders, read:invoices.');
  });

  it('keeps the edits and shows the server message when the save fails', async () => {
    api.clientGrants.update.mockRejectedValue(
      new ApiError({ status: 404, error: 'Not Found', message: 'The grant does not exist.' }),
    );
    renderDialog(grant);
    await userEvent.click(await screen.findByRole('checkbox', { name: 'read:invoices' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The grant does not exist.');
    expect(screen.getByRole('checkbox', { name: 'read:invoices' })).toBeChecked();
    expect(handlers.onSaved).not.toHaveBeenCalled();
  });

  it('shows a system grant read-only with the reason and no Save', async () => {
    renderDialog({
      ...grant,
      audience: 'https://tenant.example.com/api/v2/',
      scope: ['read:users'],
      is_system: true,
    });
    expect(await screen.findByText(/Auth0 creates and manages it/)).toBeInTheDocument();
    expect(await screen.findByRole('checkbox', { name: 'read:users' })).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
  });

  it('refuses gracefully without update:client_grants', async () => {
    renderDialog(grant, ['read:client_grants', 'read:clients', 'read:resource_servers']);
    expect(await screen.findByText(/lacks the update:client_grants scope/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
  });

  it('does not offer to remove an organization usage the PATCH cannot remove', async () => {
    renderDialog({ ...grant, organization_usage: 'allow' });
    expect(await screen.findByRole('radio', { name: 'None' })).toBeDisabled();
    expect(screen.getByRole('radio', { name: 'Allow' })).toBeChecked();
    await userEvent.click(screen.getByRole('radio', { name: 'Require' }));
    expect(screen.getByRole('status', { name: 'Changes to save' })).toHaveTextContent(
      'Organization usage: allow → require',
    );
  });

  it('opens on the grant read afresh, not on the (stale) row it was opened from', async () => {
    renderDialog(grant, undefined, { ...grant, scope: ['write:orders'] });
    expect(await screen.findByRole('checkbox', { name: 'write:orders' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'read:orders' })).not.toBeChecked();
    expect(api.clientGrants.get).toHaveBeenCalledWith('cgr_1', expect.anything());
  });

  it('says so when the grant was deleted before the form opened', async () => {
    renderDialog(grant, undefined, new ApiError({ status: 404, error: 'Not Found', message: 'The grant does not exist.' }));
    expect(await screen.findByText(/Could not load the grant/)).toHaveTextContent('deleted in the meantime');
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
  });

  it("applies only this admin's change on top of a change saved meanwhile, and says so", async () => {
    renderDialog(grant);
    await userEvent.click(await screen.findByRole('checkbox', { name: 'read:invoices' }));
    // Another admin removed read:orders after this form opened.
    const theirs = { ...grant, scope: ['write:orders'] };
    api.clientGrants.get.mockResolvedValue(theirs);
    api.clientGrants.update.mockImplementation(async (_id: string, body: { scope: string[] }) => ({ ...theirs, ...body }));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(handlers.onSaved).toHaveBeenCalled());
    expect(api.clientGrants.update).toHaveBeenCalledWith('cgr_1', { scope: ['write:orders', 'read:invoices'] });
    const note = String(handlers.onSaved.mock.calls[0]?.[1]);
    expect(note).toContain('Someone else had changed this grant since you opened it (Scopes: − read:orders)');
    expect(note).toContain('The tenant now holds: write:orders, read:invoices.');
  });

  it('asks before saving when both changes touch the same scope, then saves the merged result', async () => {
    renderDialog(grant);
    await userEvent.click(await screen.findByRole('checkbox', { name: 'write:orders' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'read:invoices' }));
    const theirs = { ...grant, scope: ['read:orders', 'write:orders', 'read:invoices'] };
    api.clientGrants.get.mockResolvedValue(theirs);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    const alert = await screen.findByRole('alert', { name: 'Someone else changed this grant' });
    expect(alert).toHaveTextContent('Scopes: + read:invoices');
    expect(alert).toHaveTextContent('read:invoices: you add it; the other change added it too.');
    expect(api.clientGrants.update).not.toHaveBeenCalled();
    expect(screen.getByRole('checkbox', { name: 'write:orders' })).not.toBeChecked();
    expect(screen.getByRole('status', { name: 'Changes to save' })).toHaveTextContent('Scopes: − write:orders');
    api.clientGrants.update.mockResolvedValue({ ...theirs, scope: ['read:orders', 'read:invoices'] });
    await userEvent.click(screen.getByRole('button', { name: 'Confirm and save' }));
    await waitFor(() => expect(handlers.onSaved).toHaveBeenCalled());
    expect(api.clientGrants.update).toHaveBeenCalledTimes(1);
  });

  it('a save whose response was lost is reported as saved once a re-read shows the change', async () => {
    renderDialog(grant);
    await userEvent.click(await screen.findByRole('checkbox', { name: 'read:invoices' }));
    api.clientGrants.update.mockImplementation(async () => {
      api.clientGrants.get.mockResolvedValue({ ...grant, scope: ['read:orders', 'write:orders', 'read:invoices'] });
      throw new NetworkError({ origin: 'https://tenant.example.com', likelyCause: 'domain-or-cors' });
    });
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(handlers.onSaved).toHaveBeenCalled());
    expect(handlers.onSaved.mock.calls[0]?.[1]).toMatch(/^The response was lost; re-reading the grant shows the tenant stored the change\./);
  });

  it('a broken answer to a save that was not applied says so, without asking to report a problem', async () => {
    renderDialog(grant);
    await userEvent.click(await screen.findByRole('checkbox', { name: 'read:invoices' }));
    api.clientGrants.update.mockRejectedValue(new ResponseShapeError({ endpoint: 'PATCH /api/v2/client-grants/cgr_1', issues: ['(body): not JSON'] }));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Not saved');
    expect(alert).toHaveTextContent('Re-reading the tenant shows the change was not applied. Try again.');
    expect(alert).not.toHaveTextContent(/report/i);
    expect(screen.getByRole('checkbox', { name: 'read:invoices' })).toBeChecked();
    expect(handlers.onSaved).not.toHaveBeenCalled();
  });
});
