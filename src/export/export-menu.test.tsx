import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ClientGrant } from '../api/client-grants';
import { createManagementApi } from '../api/management-api';
import { ConnectionContext, type ConnectionState } from '../connection/connection-context';
import { PartialGrantsError } from './collect-grants';
import { ExportMenu } from './export-menu';
import type { CollectGrants } from './use-export';

const jsonResponse = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const insufficientScope = (scope: string) =>
  jsonResponse(403, { statusCode: 403, error: 'Forbidden', message: `Insufficient scope, expected any of: ${scope}`, errorCode: 'insufficient_scope' });

/**
 * The tenant's organizations: acme, associated with cgr_1, with one connection; `forbidden` answers 403 as Auth0
 * does without the scope, for everything or (`'connections'`) for the organization's connections only.
 */
function tenantFetch(forbidden: boolean | 'connections' = false): typeof fetch {
  return (input) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    if (forbidden === true) return Promise.resolve(insufficientScope('read:organizations'));
    if (url.pathname === '/api/v2/organizations/org_1/connections')
      return Promise.resolve(
        forbidden === 'connections'
          ? insufficientScope('read:organization_connections')
          : jsonResponse(200, {
              connections: [{ connection_id: 'con_1', assign_membership_on_login: false, show_as_button: true, is_signup_enabled: false, connection: { name: 'google-oauth2', strategy: 'google-oauth2' } }],
              start: 0,
              limit: 100,
              total: 1,
            }),
      );
    if (url.pathname === '/api/v2/organizations') return Promise.resolve(jsonResponse(200, { organizations: [{ id: 'org_1', name: 'acme' }] }));
    if (url.pathname === '/api/v2/organizations/org_1/client-grants')
      return Promise.resolve(jsonResponse(200, { client_grants: [{ id: 'cgr_1', audience: 'https://a' }], start: 0, limit: 100, total: 1 }));
    return Promise.resolve(jsonResponse(404, { statusCode: 404, error: 'Not Found', message: 'Not Found' }));
  };
}

const connectionWith = (fetchImpl: typeof fetch): ConnectionState => ({
  connection: { domain: 'acme.auth0.com', api: createManagementApi({ domain: 'acme.auth0.com', token: 't', fetch: fetchImpl }), scopes: [], expiresAt: 0 },
  connect: () => Promise.resolve(),
  replaceToken: () => undefined,
  disconnect: () => undefined,
  tokenRejected: false,
  rateLimitRetryAt: undefined,
});
const names = { clients: new Map(), apis: new Map() };
const grant: ClientGrant = { id: 'cgr_1', client_id: 'app_1', audience: 'https://a', scope: ['b', 'a'], subject_type: 'client' };

function renderMenu(collect: CollectGrants, fetchImpl = tenantFetch()) {
  render(
    <ConnectionContext.Provider value={connectionWith(fetchImpl)}>
      <ExportMenu view="grants" collect={collect} names={names} />
    </ConnectionContext.Provider>,
  );
}

afterEach(() => vi.restoreAllMocks());

describe('ExportMenu', () => {
  it('shows progress while collecting and stops on Cancel without a download', async () => {
    const user = userEvent.setup();
    const createUrl = vi.spyOn(URL, 'createObjectURL');
    renderMenu((signal, onProgress) => {
      onProgress({ done: 300, total: 1234 });
      return new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(signal.reason)));
    });
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('menuitem', { name: 'CSV' }));
    expect(await screen.findByText('Exporting 300 of 1,234…')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Exporting grants' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel export' }));
    expect(await screen.findByText(/Export cancelled/)).toBeInTheDocument();
    expect(createUrl).not.toHaveBeenCalled();
  });

  it('downloads the file through a Blob URL named after tenant, view and date', async () => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (blobs.push(blob as Blob), 'blob:export'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toMatch(/^client-grants_acme\.auth0\.com_grants_\d{4}-\d{2}-\d{2}\.json$/);
      expect(this.href).toBe('blob:export');
    });
    renderMenu(() => Promise.resolve([grant]));
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('menuitem', { name: 'JSON' }));
    expect(await screen.findByText(/^Exported 1 grant as JSON/)).toBeInTheDocument();
    expect(click).toHaveBeenCalledTimes(1);
    expect(JSON.parse(await blobs[0]!.text())).toEqual([
      { ...grant, scope: ['a', 'b'], application_name: 'app_1', api_name: 'https://a', organizations: [{ id: 'org_1', name: 'acme' }] },
    ]);
  });

  it('still makes the file when the token cannot read organizations, and says so on screen and in the file', async () => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (blobs.push(blob as Blob), 'blob:export'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderMenu(() => Promise.resolve([grant]), tenantFetch(true));
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('menuitem', { name: 'Deploy CLI (YAML)' }));
    expect(
      await screen.findByText(/Organizations are not in the file: the token lacks read:organizations; add read:organizations and read:organization_client_grants/),
    ).toBeInTheDocument();
    const text = await blobs[0]!.text();
    expect(text).toContain('# Organizations are not in this file: the token lacks read:organizations;');
    expect(text).not.toContain('organizations:\n');
  });

  it('says what went wrong when collecting fails, and offers Retry', async () => {
    const user = userEvent.setup();
    renderMenu(() => Promise.reject(new Error('boom')));
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('menuitem', { name: 'Terraform' }));
    expect(await screen.findByRole('button', { name: 'Retry' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toBeInTheDocument();
  });

  it('refuses a file when the read stopped early, and downloads the grants read only on ask, marked partial', async () => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    const names: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (blobs.push(blob as Blob), 'blob:export'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    renderMenu(() => Promise.reject(new PartialGrantsError({ reason: 'repeated-cursor', read: 1 }, [grant])));
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('menuitem', { name: 'Deploy CLI (YAML)' }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(blobs).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Download the 1 grant read (partial)' }));
    expect(await screen.findByText(/^Exported 1 grant as Deploy CLI \(YAML\).*partial, do not apply it\.$/)).toBeInTheDocument();
    expect(names).toEqual([expect.stringMatching(/^client-grants_acme\.auth0\.com_grants_\d{4}-\d{2}-\d{2}_partial\.yaml$/)]);
    const text = await blobs[0]!.text();
    expect(text.split('\n')[0]).toMatch(/^# PARTIAL EXPORT: .*Do not apply this file/);
    expect(text).toContain('https://a');
    expect(text).toMatch(/connections:\n\s+- name: google-oauth2\n\s+assign_membership_on_login: false\n\s+show_as_button: true/);
  });

  it("leaves organizations out of the Deploy CLI file when their connections cannot be read, and says so", async () => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (blobs.push(blob as Blob), 'blob:export'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderMenu(() => Promise.resolve([grant]), tenantFetch('connections'));
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('menuitem', { name: 'Deploy CLI (YAML)' }));
    expect(
      await screen.findByText(/Organizations are not in the file: the token lacks read:organization_connections/),
    ).toBeInTheDocument();
    const text = await blobs[0]!.text();
    expect(text).toContain('# Organizations are not in this file: the token lacks read:organization_connections');
    expect(text).not.toMatch(/^organizations:/m);
  });
});
