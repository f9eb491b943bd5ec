import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ClientGrant } from '../../api/client-grants';
import { ApiError, NetworkError } from '../../api/errors';
import { CreateGrantDialog } from './create-grant-dialog';
import { createFakeApi, renderWithConnection, type FakeApi } from './test-connection';

const created: ClientGrant = {
  id: 'cgr_new',
  client_id: 'm2m0000000000000000000000000001',
  audience: 'https://orders.example.com/',
  scope: ['read:orders'],
  subject_type: 'client',
};

let api: FakeApi;
const handlers = { onClose: vi.fn(), onCreated: vi.fn(), onEditExisting: vi.fn() };

beforeEach(() => {
  api = createFakeApi();
  vi.clearAllMocks();
});

function renderDialog(scopes?: string[]) {
  return renderWithConnection(<CreateGrantDialog open {...handlers} />, api, scopes);
}

const dialog = () => screen.getByRole('dialog', { name: 'Create grant' });

async function choose(label: string, option: string | RegExp) {
  await userEvent.click(within(dialog()).getByRole('combobox', { name: label }));
  await userEvent.click(await screen.findByRole('option', { name: option }));
}

async function fillOrdersGrant() {
  await choose('Application', /Billing Service/);
  await choose('API', /Orders API/);
  await userEvent.click(await screen.findByRole('checkbox', { name: 'read:orders' }));
}

// MUI dialogs and autocompletes are slow under jsdom on a shared 2-core machine.
describe('CreateGrantDialog', { timeout: 20_000 }, () => {
  it('lists machine-to-machine apps first, with their type', async () => {
    renderDialog();
    await userEvent.click(within(dialog()).getByRole('combobox', { name: 'Application' }));
    const options = await screen.findAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual([
      expect.stringContaining('Billing Service'),
      expect.stringContaining('Storefront'),
    ]);
    expect(options[0]).toHaveTextContent('Machine to machine');
  });

  it('creates one grant with only the fields set, even on a double click', async () => {
    api.clientGrants.create.mockResolvedValue(created);
    renderDialog();
    await fillOrdersGrant();
    await userEvent.dblClick(within(dialog()).getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(handlers.onCreated).toHaveBeenCalledWith(created, undefined));
    expect(api.clientGrants.create).toHaveBeenCalledTimes(1);
    expect(api.clientGrants.create).toHaveBeenCalledWith({
      client_id: 'm2m0000000000000000000000000001',
      audience: 'https://orders.example.com/',
      subject_type: 'client',
      scope: ['read:orders'],
    }, { signal: expect.any(AbortSignal) });
    expect(handlers.onClose).toHaveBeenCalled();
  });

  it('shows each rule on its field before calling the API', async () => {
    renderDialog();
    await userEvent.click(within(dialog()).getByRole('button', { name: 'Create' }));
    expect(await screen.findByText('Choose an application.')).toBeInTheDocument();
    expect(screen.getByText('Choose an API.')).toBeInTheDocument();
    await choose('API', /Orders API/);
    await userEvent.click(within(dialog()).getByRole('button', { name: 'Create' }));
    expect(await screen.findByText(/Pick at least one scope/)).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /Grant no scopes/ })).toBeInTheDocument();
    expect(api.clientGrants.create).not.toHaveBeenCalled();
  });

  it('clears the scopes when the API changes, and offers All scopes only on ordinary APIs', async () => {
    renderDialog();
    await fillOrdersGrant();
    expect(screen.getByText('1 of 3 selected')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /All scopes/ })).toBeInTheDocument();
    await choose('API', /Auth0 Management API/);
    expect(await screen.findByText('0 of 1 selected')).toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: /All scopes/ })).not.toBeInTheDocument();
  });

  it('points at an existing grant instead of letting the admin submit into a 409', async () => {
    const existing = { ...created, id: 'cgr_old', scope: ['write:orders'] };
    api.clientGrants.list.mockResolvedValue({ total: 1, start: 0, limit: 1, client_grants: [existing] });
    renderDialog();
    await choose('Application', /Billing Service/);
    await choose('API', /Orders API/);
    expect(await screen.findByText(/already has a grant for this API/)).toBeInTheDocument();
    expect(screen.getByText(/has write:orders/)).toBeInTheDocument();
    expect(within(dialog()).getByRole('button', { name: 'Create' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Edit the existing grant' }));
    expect(handlers.onEditExisting).toHaveBeenCalledWith(existing);
    expect(api.clientGrants.list).toHaveBeenCalledWith(
      {
        client_id: created.client_id,
        audience: created.audience,
        subject_type: 'client',
        page: 0,
        per_page: 1,
      },
      expect.anything(),
    );
  });

  it('on a 409 race keeps the input, explains, and finds the grant created meanwhile', async () => {
    api.clientGrants.create.mockRejectedValue(
      new ApiError({
        status: 409,
        error: 'Conflict',
        message: 'A client grant for this client and audience already exists.',
      }),
    );
    renderDialog();
    await fillOrdersGrant();
    // Someone else's grant: other scopes than the ones asked for.
    const theirs = { ...created, id: 'cgr_theirs', scope: ['write:orders'] };
    api.clientGrants.list.mockResolvedValue({ total: 1, start: 0, limit: 1, client_grants: [theirs] });
    await userEvent.click(within(dialog()).getByRole('button', { name: 'Create' }));
    expect(await screen.findByText('Grant already exists')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Edit the existing grant' })).toBeInTheDocument();
    expect(within(dialog()).getByRole('combobox', { name: 'Application' })).toHaveValue('Billing Service');
    expect(screen.getByRole('checkbox', { name: 'read:orders' })).toBeChecked();
    expect(handlers.onCreated).not.toHaveBeenCalled();
  });

  it('a create whose response was lost is reported as created once the tenant is found to hold it', async () => {
    api.clientGrants.create.mockImplementation(async () => {
      api.clientGrants.list.mockResolvedValue({ total: 1, start: 0, limit: 1, client_grants: [created] });
      throw new NetworkError({ origin: 'https://tenant.example.com', likelyCause: 'domain-or-cors' });
    });
    renderDialog();
    await fillOrdersGrant();
    await userEvent.click(within(dialog()).getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(handlers.onCreated).toHaveBeenCalledWith(created, 'lost'));
    expect(screen.queryByText('Grant already exists')).not.toBeInTheDocument();
  });

  it('after a lost answer that re-reading could not settle, a 409 about that very grant is reported as created', async () => {
    const offline = new NetworkError({ origin: 'https://tenant.example.com', likelyCause: 'domain-or-cors' });
    api.clientGrants.create.mockRejectedValueOnce(offline);
    renderDialog();
    await fillOrdersGrant();
    // The re-read fails too: the outcome is unknown, and the form says so.
    api.clientGrants.list.mockRejectedValue(offline);
    await userEvent.click(within(dialog()).getByRole('button', { name: 'Create' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Maybe not created');
    // Meanwhile the first attempt did reach the tenant; trying again meets it.
    api.clientGrants.list.mockResolvedValue({ total: 1, start: 0, limit: 1, client_grants: [created] });
    api.clientGrants.create.mockRejectedValueOnce(
      new ApiError({ status: 409, error: 'Conflict', message: 'A client grant for this client and audience already exists.' }),
    );
    await userEvent.click(within(dialog()).getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(handlers.onCreated).toHaveBeenCalledWith(created, 'exists'));
  });

  it('names the missing scope on a 403', async () => {
    api.clientGrants.create.mockRejectedValue(
      new ApiError({
        status: 403,
        error: 'Forbidden',
        message: 'Insufficient scope, expected any of: create:client_grants',
        errorCode: 'insufficient_scope',
      }),
    );
    renderDialog();
    await fillOrdersGrant();
    await userEvent.click(within(dialog()).getByRole('button', { name: 'Create' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('create:client_grants');
  });

  it('asks before discarding input', async () => {
    renderDialog();
    await choose('Application', /Billing Service/);
    await userEvent.click(within(dialog()).getByRole('button', { name: 'Cancel' }));
    const confirm = await screen.findByRole('dialog', { name: 'Discard the new grant?' });
    await userEvent.click(within(confirm).getByRole('button', { name: 'Keep editing' }));
    expect(handlers.onClose).not.toHaveBeenCalled();
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Discard the new grant?' })).not.toBeInTheDocument(),
    );
    await userEvent.keyboard('{Escape}');
    const again = await screen.findByRole('dialog', { name: 'Discard the new grant?' });
    await userEvent.click(within(again).getByRole('button', { name: 'Discard' }));
    expect(handlers.onClose).toHaveBeenCalledTimes(1);
  });

  it('closes at once when nothing was entered', async () => {
    renderDialog();
    await userEvent.click(within(dialog()).getByRole('button', { name: 'Cancel' }));
    expect(handlers.onClose).toHaveBeenCalledTimes(1);
  });

  it('refuses gracefully without create:client_grants', async () => {
    renderDialog(['read:client_grants', 'read:clients', 'read:resource_servers']);
    expect(await screen.findByText(/lacks the create:client_grants scope/)).toBeInTheDocument();
    expect(within(dialog()).getByRole('button', { name: 'Create' })).toBeDisabled();
  });
});
