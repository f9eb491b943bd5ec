import { act, render, screen } from '@testing-library/react';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import { ConnectionProvider } from './connection-provider';
import { useConnectionState, type ConnectionState } from './connection-context';

const DOMAIN = 'acme.us.auth0.com';
const base64url = (text: string) => btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const jwt = (sub: string, scope: string) =>
  `${base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT' }))}.${base64url(
    JSON.stringify({
      sub,
      scope,
      aud: `https://${DOMAIN}/api/v2/`,
      exp: Math.floor(Date.now() / 1000) + 3600,
    }),
  )}.c2ln`;
const admin = 'admin@clients';
const scopes = 'read:client_grants read:clients';

/** Shows what was read under the tenant's key, and hands the connection's controls to the test. */
function Probe({ onState }: { onState(state: ConnectionState, queryClient: QueryClient): void }) {
  const state = useConnectionState();
  const queryClient = useQueryClient();
  onState(state, queryClient);
  const read = queryClient.getQueryData<string>(['auth0', DOMAIN, 'client-grants', 'list']);
  return <p>{`${state.connection?.subject ?? 'disconnected'}: ${read ?? 'nothing read'}`}</p>;
}

/** Connected (a session kept in the tab) as the admin, with one answer in the cache. */
function renderConnected() {
  sessionStorage.setItem(
    'client-grants:session',
    JSON.stringify({ domain: DOMAIN, token: jwt(admin, scopes) }),
  );
  let state: ConnectionState | undefined;
  let cache: QueryClient | undefined;
  render(
    <ConnectionProvider>
      <Probe
        onState={(current, queryClient) => {
          state = current;
          cache = queryClient;
        }}
      />
    </ConnectionProvider>,
  );
  act(() => void cache?.setQueryData(['auth0', DOMAIN, 'client-grants', 'list'], 'the admin’s grants'));
  return () => state!;
}

afterEach(() => sessionStorage.clear());

describe('ConnectionProvider: a new token and Disconnect', () => {
  it('keeps what was read for a new token of the same subject that may read at least as much', () => {
    const state = renderConnected();
    const lifetime = state().connection!.api.lifetime!;
    act(() => state().replaceToken(jwt(admin, `${scopes} read:logs`)));
    expect(screen.getByText('admin@clients: the admin’s grants')).toBeInTheDocument();
    expect(lifetime.aborted).toBe(false);
  });

  it("drops everything read for a colleague's token, or one that may read less, and ends the old connection's requests", () => {
    const state = renderConnected();
    const first = state().connection!.api.lifetime!;
    act(() => state().replaceToken(jwt('colleague@clients', scopes)));
    expect(screen.getByText('colleague@clients: nothing read')).toBeInTheDocument();
    expect(first.aborted).toBe(true);

    const second = state().connection!.api.lifetime!;
    expect(second.aborted).toBe(false);
    act(() => state().replaceToken(jwt('colleague@clients', 'read:clients')));
    expect(second.aborted).toBe(true);
  });

  it("Disconnect ends the connection's lifetime and drops the cache; the next connection gets a new one", () => {
    const state = renderConnected();
    const lifetime = state().connection!.api.lifetime!;
    act(() => state().disconnect());
    expect(lifetime.aborted).toBe(true);
    expect(screen.getByText('disconnected: nothing read')).toBeInTheDocument();
  });
});
