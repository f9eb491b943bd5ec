// Shared by the api module's tests: a management api over a recording fake fetch, with time and
// sleeping under the test's control.
import { vi } from 'vitest';
import { auth0Error, createFakeFetch, type FakeReply } from './fake-fetch';
import { createManagementApi } from './management-api';

export const DOMAIN = 'acme.us.auth0.com';
export const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl';
export const NOW = Date.UTC(2025, 0, 1, 12, 0, 0);
export const GRANT = {
  id: 'cgr_0000000000000001',
  client_id: 'a'.repeat(32),
  audience: 'https://api.example.com',
  scope: ['read:x'],
  subject_type: 'client',
};
export const PAGE = { total: 1, start: 0, limit: 50, client_grants: [GRANT] };

export function setup(replies: FakeReply[], domain = DOMAIN) {
  const fake = createFakeFetch(replies);
  const waits: number[] = [];
  const notices: Array<[number, number]> = [];
  const sleep = vi.fn(async (ms: number) => {
    waits.push(ms);
  });
  const api = createManagementApi({
    domain,
    token: TOKEN,
    fetch: fake.fetch,
    sleep,
    now: () => NOW,
    random: () => 0,
    onRateLimitWait: (waitMs, attempt) => notices.push([waitMs, attempt]),
  });
  return { api, calls: fake.calls, waits, notices, sleep };
}

export function headerNames(init: RequestInit): string[] {
  return Object.keys(init.headers as Record<string, string>).sort();
}

export const tooMany = (headers: Record<string, string> = {}) =>
  auth0Error(429, 'Too Many Requests', 'Global limit has been reached', 'too_many_requests', headers);
