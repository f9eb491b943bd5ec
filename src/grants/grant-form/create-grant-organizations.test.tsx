import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ClientGrant } from '../../api/client-grants';
import { ApiError } from '../../api/errors';
import type { ApiRequest } from '../../api/request';
import { CreateGrantDialog } from './create-grant-dialog';
import { ACME, GLOBEX, INITECH, ORG_SCOPES, fakeOrganizationsCore } from './organizations-fake';
import { ADMIN_SCOPES, createFakeApi, renderWithConnection } from './test-connection';

const created: ClientGrant = {
  id: 'cgr_new',
  client_id: 'm2m0000000000000000000000000001',
  audience: 'https://orders.example.com/',
  scope: ['read:orders'],
  subject_type: 'client',
  organization_usage: 'allow',
};
const handlers = { onClose: vi.fn(), onCreated: vi.fn(), onEditExisting: vi.fn() };
const post = (org: { id: string }) => `POST organizations/${org.id}/client-grants`;
const isPostTo = (req: ApiRequest<unknown>, org: { id: string }) => req.method === 'POST' && req.path.startsWith(`organizations/${org.id}/`);

beforeEach(() => vi.clearAllMocks());

function renderDialog(fault?: Parameters<typeof fakeOrganizationsCore>[2], scopes = [...ADMIN_SCOPES, ...ORG_SCOPES]) {
  const tenant = fakeOrganizationsCore(created.id, [], fault);
  const api = { ...createFakeApi(), core: tenant.core };
  api.clientGrants.create.mockResolvedValue(created);
  renderWithConnection(<CreateGrantDialog open {...handlers} />, api, scopes);
  return { api, tenant };
}

const dialog = () => screen.getByRole('dialog', { name: 'Create grant' });
// The create, then one request per organization: slow on a shared machine.
const SLOW = { timeout: 10_000 };

async function choose(label: string, option: string | RegExp) {
  await userEvent.click(within(dialog()).getByRole('combobox', { name: label }));
  await userEvent.click(await screen.findByRole('option', { name: option }));
}

/** Billing Service → Orders API, read:orders, organization usage Allow. */
async function fillAllowGrant() {
  await choose('Application', /Billing Service/);
  await choose('API', /Orders API/);
  await userEvent.click(await screen.findByRole('checkbox', { name: 'read:orders' }));
  await userEvent.click(screen.getByRole('radio', { name: 'Allow' }));
}

async function chooseOrganization(typed: string, name: string) {
  const combobox = within(dialog()).getByRole('combobox', { name: 'Organizations' });
  await userEvent.clear(combobox);
  await userEvent.type(combobox, typed);
  await userEvent.click(await screen.findByRole('option', { name }));
}

const submit = () => userEvent.click(within(dialog()).getByRole('button', { name: 'Create' }));

// userEvent typing into MUI autocompletes is slow under jsdom on a shared 2-core machine.
describe('CreateGrantDialog with organizations', { timeout: 60_000 }, () => {
  it('offers organizations only for Allow or Require without "any organization"', async () => {
    renderDialog();
    await fillAllowGrant();
    expect(within(dialog()).getByRole('combobox', { name: 'Organizations' })).toBeVisible();
    expect(within(dialog()).queryByText(/no token can be issued/)).toBeNull();
    // Require with none chosen: the form says what that means before the grant exists.
    await userEvent.click(screen.getByRole('radio', { name: 'Require' }));
    expect(await within(dialog()).findByText(/With Require and no organization, no token can be issued/, {}, SLOW)).toBeVisible();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Allow any organization' }));
    expect(within(dialog()).queryByRole('combobox', { name: 'Organizations' })).toBeNull();
    await userEvent.click(screen.getByRole('radio', { name: 'Deny' }));
    expect(within(dialog()).queryByRole('combobox', { name: 'Organizations' })).toBeNull();
  });

  it('creates the grant, then associates each chosen organization, one after the other', async () => {
    const { api, tenant } = renderDialog();
    await fillAllowGrant();
    await chooseOrganization('Acm', 'Acme Corp');
    await chooseOrganization('Glob', 'Globex');
    await submit();
    await waitFor(() => expect(handlers.onClose).toHaveBeenCalled(), SLOW);
    expect(api.clientGrants.create).toHaveBeenCalledWith(
      expect.objectContaining({ organization_usage: 'allow' }),
      expect.anything(),
    );
    expect(tenant.writes()).toEqual([post(ACME), post(GLOBEX)]);
    expect([...tenant.links]).toEqual([ACME.id, GLOBEX.id]);
    expect(handlers.onCreated).toHaveBeenCalledWith(created, undefined, {
      note: '2 organizations associated.',
      complete: true,
    });
  });

  it('reports a failed association per organization, and Retry associates it', async () => {
    let globexFails = true;
    const down = new ApiError({ status: 503, error: 'Service Unavailable', message: 'The tenant is down.' });
    const { tenant } = renderDialog((req) => (globexFails && isPostTo(req, GLOBEX) ? down : undefined));
    await fillAllowGrant();
    await chooseOrganization('Acm', 'Acme Corp');
    await chooseOrganization('Glob', 'Globex');
    await chooseOrganization('Init', 'Initech');
    await submit();
    expect(await screen.findByText('Grant created; 2 of 3 organizations associated.', {}, SLOW)).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent('Globex failed: Auth0 had a problem');
    expect(screen.getByRole('alert')).toHaveTextContent('The tenant is down.');
    // Not closed and not reported as done: the half-done state is on screen.
    expect(handlers.onClose).not.toHaveBeenCalled();
    expect(handlers.onCreated).not.toHaveBeenCalled();
    expect(within(dialog()).queryByRole('button', { name: 'Create' })).toBeNull();
    globexFails = false;
    await userEvent.click(screen.getByRole('button', { name: 'Retry Globex' }));
    expect(await screen.findByText('Grant created; 3 organizations associated.', {}, SLOW)).toBeVisible();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(tenant.writes()).toEqual([post(ACME), post(GLOBEX), post(INITECH), post(GLOBEX)]);
    expect(tenant.links.has(GLOBEX.id)).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(handlers.onCreated).toHaveBeenCalledWith(created, undefined, {
      note: '3 organizations associated.',
      complete: true,
    });
    expect(handlers.onClose).toHaveBeenCalled();
  });

  it('names the missing scope on a 403, and closing reports what is left undone', async () => {
    const forbidden = new ApiError({
      status: 403,
      error: 'Forbidden',
      message: 'Insufficient scope, expected any of: create:organization_client_grants',
      errorCode: 'insufficient_scope',
    });
    renderDialog((req) => (req.method === 'POST' ? forbidden : undefined));
    await fillAllowGrant();
    await chooseOrganization('Acm', 'Acme Corp');
    await chooseOrganization('Glob', 'Globex');
    await submit();
    expect(await screen.findByText('Grant created; 0 of 2 organizations associated.', {}, SLOW)).toBeVisible();
    const alerts = screen.getAllByRole('alert');
    expect(alerts).toHaveLength(2);
    expect(alerts[0]).toHaveTextContent('Add create:organization_client_grants to your app');
    expect(screen.getByRole('button', { name: 'Retry all' })).toBeEnabled();
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(handlers.onCreated).toHaveBeenCalledWith(created, undefined, {
      note: '0 of 2 organizations associated; Acme Corp not associated, Globex not associated.',
      complete: false,
    });
  });

  it('stops at an expired token: the rest are not tried, each says to reconnect', async () => {
    const expired = new ApiError({ status: 401, error: 'Unauthorized', message: 'Expired token' });
    const { tenant } = renderDialog((req) => (req.method === 'POST' ? expired : undefined));
    await fillAllowGrant();
    await chooseOrganization('Acm', 'Acme Corp');
    await chooseOrganization('Glob', 'Globex');
    await submit();
    expect(await screen.findByText('Grant created; 0 of 2 organizations associated.', {}, SLOW)).toBeVisible();
    expect(tenant.writes()).toEqual([post(ACME)]);
    for (const alert of screen.getAllByRole('alert')) expect(alert).toHaveTextContent(/reconnect/);
  });

  it('keeps the chosen organizations and the other values when the create is refused', async () => {
    const { api, tenant } = renderDialog();
    api.clientGrants.create.mockRejectedValue(
      new ApiError({ status: 400, error: 'Bad Request', message: 'Payload validation error' }),
    );
    await fillAllowGrant();
    await chooseOrganization('Acm', 'Acme Corp');
    await submit();
    expect(await screen.findByRole('alert', {}, SLOW)).toHaveTextContent('Payload validation error');
    expect(within(dialog()).getByRole('button', { name: 'Acme Corp' })).toBeVisible();
    expect(screen.getByRole('radio', { name: 'Allow' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'read:orders' })).toBeChecked();
    expect(tenant.writes()).toEqual([]);
  });

  it('without the organization scopes says which one is missing, and still creates the grant', async () => {
    const { api, tenant } = renderDialog(undefined, ADMIN_SCOPES);
    await fillAllowGrant();
    expect(within(dialog()).queryByRole('combobox', { name: 'Organizations' })).toBeNull();
    const status = within(dialog()).getByRole('status');
    expect(status).toHaveTextContent('read:organizations');
    expect(status).toHaveTextContent('create:organization_client_grants');
    expect(status).toHaveTextContent('The grant can still be created');
    await submit();
    await waitFor(() => expect(handlers.onCreated).toHaveBeenCalledWith(created, undefined), SLOW);
    expect(api.clientGrants.create).toHaveBeenCalled();
    expect(tenant.request).not.toHaveBeenCalled();
  });
});
