import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ClientGrant } from '../../api/client-grants';
import { ApiError } from '../../api/errors';
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

function renderDialog(value: ClientGrant, scopes?: string[]) {
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
});
