import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ApiError } from '../api/errors';
import type { ClientGrant } from '../api/client-grants';
import { renderConnected } from '../connection/render-connected';
import { ALL_ORG_SCOPES, fakeOrganizationsApi, GRANT_ID, org } from './organizations-fake-api';
import { OrganizationsRegion } from './organizations-region';

const grant = (fields: Partial<ClientGrant> = {}): ClientGrant => ({
  id: GRANT_ID,
  client_id: 'c'.repeat(32),
  audience: 'https://api',
  scope: ['read:x'],
  subject_type: 'client',
  organization_usage: 'allow',
  ...fields,
});
const ACME = org(1, 'Acme Corp');
const GLOBEX = org(2, 'Globex');
const INITECH = org(3);

const region = () => screen.getByRole('region', { name: 'Organizations' });
const associatedList = () => within(region()).findByRole('list', { name: 'Associated organizations' });

async function chooseInAddDialog(text: string, option: string) {
  fireEvent.click(await within(region()).findByRole('button', { name: 'Add organizations…' }));
  const dialog = await screen.findByRole('dialog', { name: 'Add organizations' });
  const combobox = within(dialog).getByRole('combobox', { name: 'Organizations' });
  fireEvent.change(combobox, { target: { value: text } });
  fireEvent.click(await screen.findByRole('option', { name: option }));
  return dialog;
}

/** Chooses one more option in the Add dialog already open. */
async function chooseAnother(text: string, option: string) {
  const dialog = screen.getByRole('dialog', { name: 'Add organizations' });
  fireEvent.change(within(dialog).getByRole('combobox', { name: 'Organizations' }), {
    target: { value: text },
  });
  fireEvent.click(await screen.findByRole('option', { name: option }));
  return dialog;
}

// MUI dialogs and autocompletes are slow under jsdom on a shared 2-core machine (the Add test took 6–7 s there).
describe('OrganizationsRegion', { timeout: 20_000 }, () => {
  it('says organizations are off for a deny grant, and asks the tenant nothing', () => {
    const { api, request } = fakeOrganizationsApi([ACME], [ACME.id]);
    renderConnected(
      <OrganizationsRegion grant={grant({ organization_usage: 'deny' })} />,
      api,
      ALL_ORG_SCOPES,
    );
    expect(within(region()).getByText(/Organizations are off for this grant/)).toBeVisible();
    expect(request).not.toHaveBeenCalled();
  });

  it('says "Any organization" when the grant allows any', () => {
    const { api } = fakeOrganizationsApi([ACME], []);
    renderConnected(
      <OrganizationsRegion grant={grant({ allow_any_organization: true })} />,
      api,
      ALL_ORG_SCOPES,
    );
    expect(within(region()).getByText('Any organization')).toBeVisible();
    expect(within(region()).queryByRole('list', { name: 'Associated organizations' })).toBeNull();
  });

  it('lists associated organizations by name and id, 50 a page, with the next page', async () => {
    const orgs = Array.from({ length: 60 }, (_, i) => org(i + 1, `Org ${i + 1}`));
    const { api } = fakeOrganizationsApi(
      orgs,
      orgs.map((o) => o.id),
    );
    renderConnected(<OrganizationsRegion grant={grant()} />, api, ALL_ORG_SCOPES);
    const list = await associatedList();
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(50);
    expect(items[0]).toHaveTextContent('Org 1');
    expect(items[0]).toHaveTextContent('org_0001');
    expect(within(region()).getByText('1–50 of 60 associated')).toBeVisible();
    fireEvent.click(within(region()).getByRole('button', { name: 'Next organizations' }));
    expect(await within(list).findByText('Org 60')).toBeVisible();
    expect(within(list).getAllByRole('listitem')).toHaveLength(10);
    expect(within(region()).getByRole('button', { name: 'Next organizations' })).toBeDisabled();
    // 60 rows of role queries in jsdom, on a shared machine.
  }, 20_000);

  it('warns that a require grant with no association can issue no token', async () => {
    const { api } = fakeOrganizationsApi([ACME], []);
    renderConnected(
      <OrganizationsRegion grant={grant({ organization_usage: 'require' })} />,
      api,
      ALL_ORG_SCOPES,
    );
    expect(await within(region()).findByText(/requires one, so no token can be issued/)).toBeVisible();
  });

  it('adds organizations chosen by name, offering only those not yet associated, then reads back', async () => {
    const { api, request, links, writes } = fakeOrganizationsApi([ACME, GLOBEX, INITECH], [ACME.id]);
    renderConnected(<OrganizationsRegion grant={grant()} />, api, ALL_ORG_SCOPES);
    await associatedList();
    fireEvent.click(within(region()).getByRole('button', { name: 'Add organizations…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add organizations' });
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: 'Organizations' }));
    await waitFor(() =>
      expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Globex', 'org-3']),
    );
    fireEvent.click(screen.getByRole('option', { name: 'Globex' }));
    fireEvent.change(within(dialog).getByRole('combobox', { name: 'Organizations' }), {
      target: { value: 'org-3' },
    });
    fireEvent.click(await screen.findByRole('option', { name: 'org-3' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Add organizations' })).toBeNull());
    expect([...links]).toEqual([ACME.id, GLOBEX.id, INITECH.id]);
    expect(writes.most).toBe(1);
    const posts = request.mock.calls.filter(([req]) => req.method === 'POST');
    expect(posts.map(([req]) => [req.path, req.body])).toEqual([
      [`organizations/${GLOBEX.id}/client-grants`, { grant_id: GRANT_ID }],
      [`organizations/${INITECH.id}/client-grants`, { grant_id: GRANT_ID }],
    ]);
    const list = await associatedList();
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(3));
  });

  it('takes a 409 for an organization a colleague just added as done, not as an error', async () => {
    const fake = fakeOrganizationsApi([ACME, GLOBEX], []);
    renderConnected(<OrganizationsRegion grant={grant()} />, fake.api, ALL_ORG_SCOPES);
    await within(region()).findByText('No organization is associated with this grant.');
    const dialog = await chooseInAddDialog('Glob', 'Globex');
    fake.links.add(GLOBEX.id); // the colleague
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Add organizations' })).toBeNull());
    expect(screen.queryByRole('alert')).toBeNull();
    expect(within(await associatedList()).getByText('Globex')).toBeVisible();
  });

  it('reports a failed add per organization, keeps it chosen, and still reads back', async () => {
    const quota = new ApiError({
      status: 409,
      error: 'Conflict',
      message: 'Quota exceeded; cannot add more than 100 client grants to a single organization',
    });
    const fake = fakeOrganizationsApi([ACME, GLOBEX], [], (req) =>
      req.method === 'POST' ? quota : undefined,
    );
    renderConnected(<OrganizationsRegion grant={grant()} />, fake.api, ALL_ORG_SCOPES);
    const dialog = await chooseInAddDialog('Glob', 'Globex');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add' }));
    expect(await within(dialog).findByText('Not added: Globex')).toBeVisible();
    expect(within(dialog).getByRole('alert')).toHaveTextContent(/Quota exceeded/);
    expect(within(dialog).getByRole('button', { name: 'Globex' })).toBeVisible();
  });

  it('stops at an expired token and reports every organization not added', async () => {
    const expired = new ApiError({
      status: 401,
      error: 'Unauthorized',
      message: 'Expired token received for JSON Web Token validation',
    });
    const fake = fakeOrganizationsApi([ACME, GLOBEX], [], (req) =>
      req.method === 'POST' ? expired : undefined,
    );
    renderConnected(<OrganizationsRegion grant={grant()} />, fake.api, ALL_ORG_SCOPES);
    await chooseInAddDialog('Acme', 'Acme Corp');
    const dialog = await chooseAnother('Glob', 'Globex');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add' }));
    expect(await within(dialog).findByText('Not added: Acme Corp')).toBeVisible();
    expect(within(dialog).getByText('Not added: Globex')).toBeVisible();
    expect(within(dialog).getAllByText('Token expired or invalid')).toHaveLength(2);
    expect(fake.request.mock.calls.filter(([req]) => req.method === 'POST')).toHaveLength(1);
  });

  it('removes an organization after confirmation, then reads back', async () => {
    const { api, request } = fakeOrganizationsApi([ACME, GLOBEX], [ACME.id, GLOBEX.id]);
    renderConnected(<OrganizationsRegion grant={grant()} />, api, ALL_ORG_SCOPES);
    const list = await associatedList();
    fireEvent.click(within(list).getByRole('button', { name: 'Remove Acme Corp' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove organization' });
    expect(request.mock.calls.some(([req]) => req.method === 'DELETE')).toBe(false);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(within(list).queryByText('Acme Corp')).toBeNull());
    expect(request.mock.calls.filter(([req]) => req.method === 'DELETE').map(([req]) => req.path)).toEqual([
      `organizations/${ACME.id}/client-grants/${GRANT_ID}`,
    ]);
    expect(screen.queryByRole('dialog', { name: 'Remove organization' })).toBeNull();
  });

  it('shows what went wrong in the Remove dialog when the tenant refuses', async () => {
    const forbidden = new ApiError({
      status: 403,
      error: 'Forbidden',
      message: 'Insufficient scope, expected any of: delete:organization_client_grants',
      errorCode: 'insufficient_scope',
    });
    const fake = fakeOrganizationsApi([ACME], [ACME.id], (req) =>
      req.method === 'DELETE' ? forbidden : undefined,
    );
    renderConnected(<OrganizationsRegion grant={grant()} />, fake.api, ALL_ORG_SCOPES);
    fireEvent.click(within(await associatedList()).getByRole('button', { name: 'Remove Acme Corp' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove organization' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Remove' }));
    expect(await within(dialog).findByText('Missing permission')).toBeVisible();
    expect(within(dialog).getByRole('alert')).toHaveTextContent('delete:organization_client_grants');
  });

  it('says what went wrong reading the list, with Retry', async () => {
    const down = new ApiError({ status: 503, error: 'Service Unavailable', message: 'down' });
    let fail = true;
    const fake = fakeOrganizationsApi([ACME], [ACME.id], () => (fail ? down : undefined));
    renderConnected(<OrganizationsRegion grant={grant()} />, fake.api, ALL_ORG_SCOPES);
    expect(await within(region()).findByText('Auth0 had a problem')).toBeVisible();
    fail = false;
    fireEvent.click(within(region()).getByRole('button', { name: 'Retry' }));
    expect(within(await associatedList()).getByText('Acme Corp')).toBeVisible();
  });

  it('without the organization scopes says which scope enables what, and asks nothing', () => {
    const { api, request } = fakeOrganizationsApi([ACME], [ACME.id]);
    renderConnected(<OrganizationsRegion grant={grant()} />, api, ['read:client_grants']);
    const status = within(region()).getByRole('status');
    expect(status).toHaveTextContent(
      'read:organization_client_grants (needed to list the organizations associated with a grant)',
    );
    expect(status).toHaveTextContent('read:organizations (needed to search the organizations to add)');
    expect(status).toHaveTextContent(
      'create:organization_client_grants (needed to add organizations to a grant)',
    );
    expect(status).toHaveTextContent(
      'delete:organization_client_grants (needed to remove organizations from a grant)',
    );
    expect(request).not.toHaveBeenCalled();
  });

  it('with read scopes only, lists but disables Add and Remove with the reason', async () => {
    const { api } = fakeOrganizationsApi([ACME], [ACME.id]);
    renderConnected(<OrganizationsRegion grant={grant()} />, api, [
      'read:organization_client_grants',
      'read:organizations',
    ]);
    const list = await associatedList();
    const remove = within(list).getByRole('button', { name: 'Remove Acme Corp' });
    expect(remove).toBeDisabled();
    expect(remove).toHaveAccessibleDescription(/delete:organization_client_grants/);
    const add = within(region()).getByRole('button', { name: 'Add organizations…' });
    expect(add).toBeDisabled();
    expect(add).toHaveAccessibleDescription(/create:organization_client_grants/);
  });
});
