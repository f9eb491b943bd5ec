import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createManagementApi, type ManagementApi } from '../api/management-api';
import { ConnectionContext, type ConnectionState } from '../connection/connection-context';
import { ConnectAnotherTenant } from './connect-another-tenant';

function token(domain: string): string {
  const part = (value: object) =>
    btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  const now = Math.floor(Date.now() / 1000);
  const claims = {
    iss: `https://${domain}/`,
    aud: `https://${domain}/api/v2/`,
    sub: 'b@clients',
    iat: now,
    exp: now + 3600,
    scope: 'read:client_grants',
  };
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part(claims)}.c2ln`;
}

const json = (status: number, body: object) =>
  Promise.resolve(
    new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }),
  );

function renderPage() {
  const main = {
    domain: 'main.example.com',
    lifetime: new AbortController().signal,
    forTenant: createManagementApi,
  } as unknown as ManagementApi;
  const state: ConnectionState = {
    connection: {
      domain: 'main.example.com',
      api: main,
      scopes: [],
      expiresAt: Date.now() + 3_600_000,
      subject: 'admin@clients',
    },
    connect: () => Promise.resolve(),
    replaceToken: () => undefined,
    disconnect: () => undefined,
    tokenRejected: false,
    rateLimitRetryAt: undefined,
  };
  render(
    <QueryClientProvider client={new QueryClient()}>
      <ConnectionContext.Provider value={state}>
        <ConnectAnotherTenant />
      </ConnectionContext.Provider>
    </QueryClientProvider>,
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  sessionStorage.clear();
});

describe('ConnectAnotherTenant', () => {
  it('says why a refused token did not connect and keeps what was typed; then connects and offers its Disconnect', async () => {
    const fetch = vi.fn(() =>
      json(401, { statusCode: 401, error: 'Unauthorized', message: 'Invalid token' }),
    );
    vi.stubGlobal('fetch', fetch);
    const user = userEvent.setup();
    renderPage();
    await user.click(screen.getByRole('button', { name: 'Connect another tenant…' }));
    const dialog = screen.getByRole('dialog', { name: 'Connect another tenant' });
    const secret = token('b.example.com');
    await user.type(within(dialog).getByRole('textbox', { name: 'Domain' }), 'b.example.com');
    await user.click(within(dialog).getByLabelText('Management API token'));
    await user.paste(secret);
    await user.click(within(dialog).getByRole('button', { name: 'Connect' }));
    const message = await within(dialog).findByText(/did not accept the token/);
    expect(message).toHaveTextContent(/Get a new Management API token/);
    expect(message).not.toHaveTextContent(secret);
    expect(within(dialog).getByRole('textbox', { name: 'Domain' })).toHaveValue('b.example.com');
    expect(within(dialog).getByLabelText('Management API token')).toHaveValue(secret);
    // The request carried the token in its header only.
    expect(String(fetch.mock.calls[0]?.[0 as never])).not.toContain(secret);

    fetch.mockImplementation(() => json(200, { client_grants: [] }));
    await user.click(within(dialog).getByRole('button', { name: 'Connect' }));
    expect(await screen.findByRole('button', { name: 'Disconnect b.example.com' })).toBeVisible();
    expect(screen.queryByRole('dialog', { name: 'Connect another tenant' })).toBeNull();
    expect(JSON.stringify({ ...sessionStorage })).not.toContain(secret);
  });
});
