import { afterEach, describe, expect, it, vi } from 'vitest';
import { adoptEarlyGet } from '../api/early-get';
import { createManagementApi } from '../api/management-api';
import { parseGrantsSearch } from '../grants/grants-search';
import { startEarlyFirstPage } from './early-first-page';

function token(expiresInSeconds: number): string {
  const encode = (value: object) => btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  const exp = Math.floor(Date.now() / 1000) + expiresInSeconds;
  return `${encode({ alg: 'RS256', typ: 'JWT' })}.${encode({ aud: 'https://127.0.0.1:4010/api/v2/', exp, scope: 'read:client_grants' })}.sig`;
}

function storageWith(session: unknown): Storage {
  const storage = new Map<string, string>([['client-grants:session', JSON.stringify(session)]]);
  return { getItem: (key: string) => storage.get(key) ?? null } as Storage;
}

const fetchSpy = vi.spyOn(globalThis, 'fetch');
afterEach(() => fetchSpy.mockReset());

/** The URL the grants table's first query would request for this page URL. */
async function tableRequestUrl(search: string, session: { domain: string; token: string }): Promise<string> {
  const recorder = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) => new Response('{"total":0,"start":0,"limit":25,"client_grants":[]}', { status: 200 }));
  const api = createManagementApi({ ...session, fetch: recorder });
  await api.clientGrants.list(parseGrantsSearch(new URLSearchParams(search)));
  return String(recorder.mock.calls[0]?.[0]);
}

describe('startEarlyFirstPage', () => {
  it.each(['', '?page=2&per_page=50', '?client_id=abc&audience=https%3A%2F%2Forders%2F&subject_type=user&grant=cgr_1', '?page=oops&allow_any_organization=true'])(
    'requests exactly what the table will ask for (%s), and the table adopts it',
    async (search) => {
      const session = { domain: '127.0.0.1:4010', token: token(3600) };
      const expected = await tableRequestUrl(search, session);
      fetchSpy.mockResolvedValue(new Response('{}'));
      expect(startEarlyFirstPage(search, storageWith(session))).toBe(true);
      expect(fetchSpy).toHaveBeenCalledTimes(1);
      const earlyUrl = String(fetchSpy.mock.calls[0]?.[0]);
      expect(earlyUrl).toBe(expected);
      expect(adoptEarlyGet(earlyUrl, session.token)).toBeDefined();
    },
  );

  it('asks for no grants page on a tenant-wide view (Access, Findings), and says so', () => {
    const session = { domain: '127.0.0.1:4010', token: token(3600) };
    expect(startEarlyFirstPage('?view=access&scope=read:x&audience=a', storageWith(session))).toBe(false);
    expect(startEarlyFirstPage('?view=findings', storageWith(session))).toBe(false);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it("asks for no page of every grant when the link filters by organization (that list is the organization's)", () => {
    const session = { domain: '127.0.0.1:4010', token: token(3600) };
    expect(startEarlyFirstPage('?organization_id=org_acme&audience=a', storageWith(session))).toBe(false);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('does nothing without a stored session (the token is in memory only, or nobody connected)', () => {
    expect(startEarlyFirstPage('', { getItem: () => null } as unknown as Storage)).toBe(false);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('does nothing with an expired or malformed stored token', () => {
    expect(startEarlyFirstPage('', storageWith({ domain: '127.0.0.1:4010', token: token(-5) }))).toBe(false);
    expect(startEarlyFirstPage('', storageWith({ domain: '127.0.0.1:4010', token: 'garbage' }))).toBe(false);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('never throws, even for a stored domain that is not normalised (the app discards such a session)', () => {
    expect(() => startEarlyFirstPage('', storageWith({ domain: 'Acme.auth0.com/x', token: token(3600) }))).not.toThrow();
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});
