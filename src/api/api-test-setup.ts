// Shared by the api module's tests: a management api over a recording fake fetch, with time and
// sleeping under the test's control.
import { vi } from 'vitest';
import { auth0Error, createFakeFetch, type FakeReply } from './fake-fetch';
import { createManagementApi } from './management-api';
import type { WaitCause } from './retry-policy';

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

/** A clock that moves only when the code under test sleeps: waits are recorded, never spent. */
export function fakeClock(start = NOW) {
  let time = start;
  const waits: number[] = [];
  const sleep = vi.fn(async (ms: number) => {
    waits.push(ms);
    time += ms;
  });
  return { now: () => time, sleep, waits, advance: (ms: number) => (time += ms) };
}

export function setup(replies: FakeReply[], domain = DOMAIN) {
  const fake = createFakeFetch(replies);
  const clock = fakeClock();
  const notices: Array<[number, number, WaitCause]> = [];
  const api = createManagementApi({
    domain,
    token: TOKEN,
    fetch: fake.fetch,
    sleep: clock.sleep,
    now: clock.now,
    random: () => 0,
    onRateLimitWait: (waitMs, attempt, cause) => notices.push([waitMs, attempt, cause]),
  });
  return { api, calls: fake.calls, waits: clock.waits, notices, sleep: clock.sleep, clock };
}

export function headerNames(init: RequestInit): string[] {
  return Object.keys(init.headers as Record<string, string>).sort();
}

export const tooMany = (headers: Record<string, string> = {}) =>
  auth0Error(429, 'Too Many Requests', 'Global limit has been reached', 'too_many_requests', headers);
