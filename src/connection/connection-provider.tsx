import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { MutationCache, QueryCache, QueryClientProvider } from '@tanstack/react-query';
import { ApiError } from '../api/errors';
import { createManagementApi } from '../api/management-api';
import { createPacer } from '../api/pacer';
import type { WaitCause } from '../api/request';
import { readFirstPage, type FirstPage } from '../app/first-page';
import { createQueryClient } from '../app/query-client';
import { requestFirstPage } from '../boot/early-first-page';
import { loadGrantsPage } from '../grants/grants-page-chunk';
import { ConnectionContext, type ConnectInput, type Connection, type ConnectionState } from './connection-context';
import { parseDomain } from './domain';
import { claimStoredNames } from './stored-names';
import { clearStoredSession, loadStoredSession, saveSession } from './stored-session';
import { assessToken, decodeToken } from './token';

type Session = { domain: string; token: string; stayConnected: boolean };

function restoreSession(): Session | undefined {
  const stored = loadStoredSession();
  if (!stored) return undefined;
  // Storage is outside our control (an older build, a hand edit): anything that does not check out is dropped.
  const domain = parseDomain(stored.domain);
  const decoded = decodeToken(stored.token);
  if (!domain.ok || !decoded.ok || assessToken(decoded.token, domain.domain, Date.now()).errors.length > 0) {
    clearStoredSession();
    return undefined;
  }
  claimNamesFor(domain.domain, stored.token);
  return { domain: domain.domain, token: stored.token, stayConnected: true };
}

function claimNamesFor(domain: string, token: string): void {
  const decoded = decodeToken(token);
  claimStoredNames(domain, decoded.ok ? { subject: decoded.token.sub, scopes: decoded.token.scopes } : { scopes: [] });
}

/**
 * A new token may take over what the old one read only when it is the same subject's and may read at
 * least as much (every scope the old one had): a colleague's token, or a narrower one, starts afresh.
 */
function mayKeepWhatWasRead(oldToken: string, newToken: string): boolean {
  const before = decodeToken(oldToken);
  const after = decodeToken(newToken);
  if (!before.ok || !after.ok || before.token.sub === undefined) return false;
  if (before.token.sub !== after.token.sub) return false;
  return before.token.scopes.every((scope) => after.token.scopes.includes(scope));
}

/**
 * Owns the tenant connection and the query cache that belongs to it: the token lives here in memory
 * (and in sessionStorage only when the admin opts in); disconnecting drops both token and cache.
 */
export function ConnectionProvider({ children, firstPage }: { children: ReactNode; firstPage?: FirstPage }) {
  const [session, setSession] = useState<Session | undefined>(restoreSession);
  // The first page of grants read before the page rendered (app/first-page.ts): at boot for the
  // restored session, then on each Connect. Its rate-limit headers seed the connection's request core.
  const [pageRead, setPageRead] = useState(() =>
    firstPage && session?.domain === firstPage.domain && session.token === firstPage.token ? firstPage : undefined,
  );
  const [tokenRejected, setTokenRejected] = useState(false);
  const [rateLimitWait, setRateLimitWait] = useState<{ waitMs: number; retryAt: number; cause: WaitCause } | undefined>();

  const [queryClient] = useState(() => {
    const onError = (error: unknown) => {
      if (error instanceof ApiError && error.status === 401) setTokenRejected(true);
    };
    const client = createQueryClient({ queryCache: new QueryCache({ onError }), mutationCache: new MutationCache({ onError }) });
    pageRead?.seed(client);
    return client;
  });

  const onRateLimitWait = useCallback(
    (waitMs: number, _attempt: number, cause: WaitCause) => setRateLimitWait({ waitMs, retryAt: Date.now() + waitMs, cause }),
    [],
  );
  useEffect(() => {
    if (!rateLimitWait) return;
    const timer = setTimeout(() => setRateLimitWait(undefined), rateLimitWait.waitMs);
    return () => clearTimeout(timer);
  }, [rateLimitWait]);
  const rateLimitRetryAt = rateLimitWait?.retryAt;
  const rateLimitCause = rateLimitWait?.cause;
  // One pacer per tenant: a new token for the same tenant spends the same bucket, so it keeps the estimate.
  const domain = session?.domain;
  const pacer = useMemo(() => (domain === undefined ? undefined : createPacer()), [domain]);
  // One lifetime per connection: Disconnect aborts it, and with it every request of its api (waiting for
  // the pacer, in flight or asked for later), the tenant and logs reads and their saved progress.
  const [lifetime, setLifetime] = useState(() => new AbortController());

  const connection = useMemo<Connection | undefined>(() => {
    if (!session) return undefined;
    const decoded = decodeToken(session.token);
    if (!decoded.ok) return undefined;
    return {
      domain: session.domain,
      api: createManagementApi({
        domain: session.domain,
        token: session.token,
        onRateLimitWait,
        initialRateLimit: session.token === pageRead?.token ? pageRead.rateLimit : undefined,
        pacer,
        lifetime: lifetime.signal,
      }),
      scopes: decoded.token.scopes,
      expiresAt: decoded.token.expiresAt,
      subject: decoded.token.sub,
    };
  }, [session, onRateLimitWait, pageRead, pacer, lifetime]);

  const connect = useCallback(
    async ({ domain, token, stayConnected }: ConnectInput) => {
      // The first page travels while Connect waits (briefly) for it and for the grants page's code:
      // the page then renders once, with rows, instead of a skeleton first and its query only after
      // that frame is painted.
      requestFirstPage(domain, token);
      // A chunk that fails to load is not Connect's failure: the page's own lazy load retries and reports it.
      const [read] = await Promise.all([readFirstPage(domain, token), loadGrantsPage().catch(() => undefined)]);
      read?.seed(queryClient);
      // Names kept in this tab for another tenant, another subject, or that this token may not read are dropped.
      claimNamesFor(domain, token);
      saveSession({ domain, token }, stayConnected);
      setTokenRejected(false);
      setPageRead(read);
      setSession({ domain, token, stayConnected });
    },
    [queryClient],
  );

  const replaceToken = useCallback(
    (token: string) => {
      if (!session) return;
      saveSession({ domain: session.domain, token }, session.stayConnected);
      setTokenRejected(false);
      if (!mayKeepWhatWasRead(session.token, token)) {
        // Someone else's token, or one that may read less: nothing read with the old one stays on screen.
        claimNamesFor(session.domain, token);
        lifetime.abort();
        queryClient.clear();
        setLifetime(new AbortController());
        setPageRead(undefined);
        setSession({ ...session, token });
        return;
      }
      setSession({ ...session, token });
      // Only what failed is fetched again; everything on screen stays as it is.
      void queryClient.refetchQueries({ predicate: (query) => query.state.status === 'error' });
    },
    [session, queryClient, lifetime],
  );

  const disconnect = useCallback(() => {
    // First the requests and reads (so nothing is sent or saved with the old token after this), then the
    // queries (clear() cancels their fetches), then what this tab stored.
    lifetime.abort();
    queryClient.clear();
    clearStoredSession();
    setLifetime(new AbortController());
    setTokenRejected(false);
    setRateLimitWait(undefined);
    setPageRead(undefined);
    setSession(undefined);
  }, [queryClient, lifetime]);

  const state = useMemo<ConnectionState>(
    () => ({ connection, connect, replaceToken, disconnect, tokenRejected, rateLimitRetryAt, rateLimitCause }),
    [connection, connect, replaceToken, disconnect, tokenRejected, rateLimitRetryAt, rateLimitCause],
  );

  return (
    <ConnectionContext.Provider value={state}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </ConnectionContext.Provider>
  );
}
