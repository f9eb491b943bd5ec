import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { ApiError } from '../api/errors';
import type { Organization } from '../api/organizations';
import type { ApiRequest } from '../api/request';
import { renderConnected } from '../connection/render-connected';
import { OrganizationFilter } from './organization-filter';

const ACME: Organization = { id: 'org_acme', name: 'acme', display_name: 'Acme Corp' };
const GLOBEX: Organization = { id: 'org_globex', name: 'globex' };
const BOTH_SCOPES = ['read:client_grants', 'read:organizations', 'read:organization_client_grants'];

/** A tenant with these organizations: `GET /organizations` by checkpoint and `GET /organizations/{id}`. */
function fakeApi(orgs: Organization[]) {
  const request = vi.fn(async (req: ApiRequest<unknown>) => {
    await Promise.resolve();
    if (req.path === 'organizations') return req.schema.parse({ organizations: orgs });
    const found = orgs.find((org) => req.path === `organizations/${org.id}`);
    if (!found) throw new ApiError({ status: 404, error: 'Not Found', message: 'No organization found by that id' });
    return req.schema.parse(found);
  });
  return { api: { domain: 'tenant.example.com', core: { request } }, request };
}

const combobox = () => screen.getByRole('combobox', { name: 'Organization' });

// The first render loads MUI's Autocomplete, seconds on a busy machine.
describe('OrganizationFilter', { timeout: 15_000 }, () => {
  it('reads the organizations only when opened, and chooses one by name', async () => {
    const { api, request } = fakeApi([ACME, GLOBEX]);
    const onChange = vi.fn();
    renderConnected(<OrganizationFilter value={undefined} onChange={onChange} />, api, BOTH_SCOPES);
    expect(request).not.toHaveBeenCalled();
    fireEvent.mouseDown(combobox());
    fireEvent.change(combobox(), { target: { value: 'Acme' } });
    fireEvent.click(await screen.findByRole('option', { name: /Acme Corp/ }));
    expect(onChange).toHaveBeenCalledWith('org_acme');
  });

  it("shows a link's organization by its name once read", async () => {
    const { api } = fakeApi([ACME]);
    renderConnected(<OrganizationFilter value="org_acme" onChange={vi.fn()} />, api, BOTH_SCOPES);
    expect(combobox()).toHaveValue('org_acme');
    await vi.waitFor(() => expect(combobox()).toHaveValue('Acme Corp'));
  });

  it('says when the tenant has no organization with the id from the link', async () => {
    const { api } = fakeApi([ACME]);
    renderConnected(<OrganizationFilter value="org_gone" onChange={vi.fn()} />, api, BOTH_SCOPES);
    expect(await screen.findByText('No organization with the id org_gone in this tenant.')).toBeVisible();
    expect(combobox()).toHaveAttribute('aria-invalid', 'true');
  });

  it('names the scope it needs, asks the tenant nothing, and is off without it', () => {
    const { api, request } = fakeApi([ACME]);
    renderConnected(<OrganizationFilter value={undefined} onChange={vi.fn()} />, api, ['read:client_grants', 'read:organizations']);
    expect(screen.getByText(/lacks read:organization_client_grants \(to list an organization's grants\)/)).toBeVisible();
    expect(combobox()).toBeDisabled();
    fireEvent.mouseDown(combobox());
    expect(request).not.toHaveBeenCalled();
  });

  it('without read:organizations keeps a chosen id, clearable, and says what the scope would add', () => {
    const { api, request } = fakeApi([ACME]);
    const onChange = vi.fn();
    renderConnected(<OrganizationFilter value="org_acme" onChange={onChange} />, api, ['read:client_grants', 'read:organization_client_grants']);
    expect(screen.getByText(/lacks read:organizations \(to choose an organization by name\)/)).toBeVisible();
    expect(combobox()).toHaveValue('org_acme');
    expect(request).not.toHaveBeenCalled();
    fireEvent.focus(combobox());
    fireEvent.click(screen.getByRole('button', { name: 'Clear' }));
    expect(onChange).toHaveBeenCalledWith(undefined);
  });
});
