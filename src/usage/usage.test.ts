import { describe, expect, it } from 'vitest';
import { createTenantIndex, putGrants } from '../tenant-index/tenant-index';
import { lastUsedShort, usageCount, usageFromEvents, usageHeadline } from './grant-usage';
import { windowPhrase, windowSentence } from './log-window';
import { addEvents, createUsageIndex, unusedGrantIds } from './usage-index';
import { API, APP, DAY, HOUR, NOW, seccft, sapi } from './usage-fixtures';

describe('windowPhrase', () => {
  it('rounds down, so the claim is never longer than the oldest event proves', () => {
    expect(windowPhrase({ oldest: NOW - 30 * DAY + 1 }, NOW)).toBe('the last 29 days of logs');
    expect(windowPhrase({ oldest: NOW - 30 * DAY }, NOW)).toBe('the last 30 days of logs');
    expect(windowPhrase({ oldest: NOW - DAY }, NOW)).toBe('the last 1 day of logs');
    expect(windowPhrase({ oldest: NOW - 5 * HOUR - 1 }, NOW)).toBe('the last 5 hours of logs');
    expect(windowPhrase({ oldest: NOW - 90_000 }, NOW)).toBe('the last 1 minute of logs');
  });

  it('says "the logs available" when the start is unknown or too recent to count', () => {
    expect(windowPhrase({}, NOW)).toBe('the logs available');
    expect(windowPhrase({ oldest: NOW - 1000 }, NOW)).toBe('the logs available');
  });

  it('states the window with its start date', () => {
    expect(windowSentence({ oldest: NOW - 30 * DAY }, NOW)).toMatch(/^Logs cover the last 30 days \(since Nov 1, 2026/);
    expect(windowSentence({}, NOW)).toMatch(/unknown/);
  });
});

describe('usageFromEvents', () => {
  it('finds the newest token and counts only this grant’s tokens', () => {
    const events = [seccft(NOW - 3 * HOUR, APP, API, 'read:x write:x'), seccft(NOW - DAY), seccft(NOW - HOUR, 'other'), seccft(NOW, APP, 'https://other/')];
    const usage = usageFromEvents(events, APP, API);
    expect(usage).toMatchObject({ lastIssued: NOW - 3 * HOUR, lastScopes: ['read:x', 'write:x'], count: 2, countIsFloor: false });
    expect(usageHeadline(usage, { oldest: NOW - 30 * DAY }, NOW)).toBe('Last token issued 3 hours ago');
    expect(usageCount(usage, { oldest: NOW - 30 * DAY }, NOW)).toBe('2 tokens issued in the last 30 days of logs');
  });

  it('says no token was issued in the window, never "never used"', () => {
    const usage = usageFromEvents([], APP, API);
    expect(usageHeadline(usage, { oldest: NOW - 7 * DAY }, NOW)).toBe('No token issued in the last 7 days of logs');
    expect(usageHeadline(usage, {}, NOW)).toBe('No token issued in the logs available');
  });

  it('has a short form for a table cell, as careful about the window', () => {
    expect(lastUsedShort({ lastIssued: NOW - 2 * DAY }, {}, NOW)).toBe('2 days ago');
    expect(lastUsedShort({}, { oldest: NOW - 29.5 * DAY }, NOW)).toBe('None in 29 days of logs');
    expect(lastUsedShort({}, {}, NOW)).toBe('None in the logs available');
  });

  it('counts a token whose event has no date: "Used, date unknown", never "None"', () => {
    const { date: _none, ...undated } = seccft(NOW - HOUR);
    const usage = usageFromEvents([seccft(NOW, 'other')], APP, API, 100, [undated, { ...undated, client_id: 'other' }]);
    expect(usage.count).toBe(1);
    expect(usage.lastIssued).toBeUndefined();
    expect(lastUsedShort(usage, { oldest: NOW - 30 * DAY }, NOW)).toBe('Used, date unknown');
    expect(usageHeadline(usage, { oldest: NOW - 30 * DAY }, NOW)).toBe('Token issued, date unknown');
    expect(usageCount(usage, { oldest: NOW - 30 * DAY }, NOW)).toBe('1 token issued in the last 30 days of logs');
  });

  it('says "None since it was created" for a grant younger than the logs, not "None in 30 days"', () => {
    const window = { oldest: NOW - 30 * DAY };
    expect(lastUsedShort({ count: 0 }, window, NOW, { at: NOW - 2 * DAY })).toBe('None since it was created 2 days ago');
    expect(lastUsedShort({ count: 0 }, window, NOW, {})).toBe('None since it was created');
    expect(usageHeadline({ count: 0 }, window, NOW, { at: NOW - 2 * DAY })).toBe('No token issued since it was created 2 days ago');
    // A token since then is still what the cell says.
    expect(lastUsedShort({ lastIssued: NOW - HOUR, count: 1 }, window, NOW, { at: NOW - 2 * DAY })).toBe('1 hour ago');
  });

  it('marks a count cut at the page size as a floor', () => {
    const usage = usageFromEvents([seccft(NOW), seccft(NOW - 1)], APP, API, 2);
    expect(usageCount(usage, {}, NOW)).toBe('2 or more tokens issued in the logs available');
  });
});

describe('usage index and unusedGrantIds', () => {
  const grant = (id: string, clientId: string | undefined, extra = {}) => ({ id, client_id: clientId, audience: API, scope: ['read:x'], subject_type: 'client' as const, ...extra });

  it('aggregates seccft per application and API, and the window from every event type', () => {
    const usage = createUsageIndex();
    addEvents(usage, [sapi(NOW - 20 * DAY, { method: 'DELETE', path: '/api/v2/client-grants/x' }), seccft(NOW - 2 * DAY), seccft(NOW - DAY)]);
    expect(usage.window.oldest).toBe(NOW - 20 * DAY);
    expect(usage.byGrant.get(`${APP}\n${API}`)).toEqual({ lastIssued: NOW - DAY, count: 2 });
  });

  it('lists grants without tokens, leaving out those seccft cannot show', () => {
    const index = createTenantIndex();
    putGrants(index, [
      grant('cgr_used', APP),
      grant('cgr_unused', 'app_idle'),
      grant('cgr_default', undefined, { default_for: 'third_party_clients' }),
      grant('cgr_user', 'app_idle2', { subject_type: 'user' }),
      grant('cgr_system', 'app_idle3', { is_system: true }),
    ]);
    const usage = createUsageIndex();
    addEvents(usage, [seccft(NOW - HOUR)]);
    expect(unusedGrantIds(index, usage)).toEqual(['cgr_unused']);
  });

  it('does not call a grant created inside the log window unused: it could not have been used before', () => {
    const index = createTenantIndex();
    putGrants(index, [
      grant('cgr_old', 'app_idle'),
      grant('cgr_new', 'app_new'),
      grant('cgr_refused', 'app_other'),
    ]);
    const usage = createUsageIndex();
    const create = (id: string, status: number) =>
      sapi(NOW - DAY, {
        method: 'POST',
        path: '/api/v2/client-grants',
        body: { client_id: 'x', audience: API },
        response: { id },
        status,
      });
    // A refused POST (its response names an id here, as a hostile log could) creates nothing.
    addEvents(usage, [seccft(NOW - 20 * DAY), create('cgr_new', 201), create('cgr_refused', 409)]);
    expect(unusedGrantIds(index, usage)).toEqual(['cgr_old', 'cgr_refused']);
    expect(usage.createdAt).toEqual(new Map([['cgr_new', NOW - DAY]]));
  });

  it('counts a token event without a date as a use (when unknown), and a creation without a date as a creation', () => {
    const index = createTenantIndex();
    putGrants(index, [grant('cgr_used', APP), grant('cgr_new', 'app_new'), grant('cgr_unused', 'app_idle')]);
    const usage = createUsageIndex();
    const { date: _token, ...undatedToken } = seccft(NOW);
    const { date: _create, ...undatedCreate } = sapi(NOW, {
      method: 'POST',
      path: '/api/v2/client-grants',
      response: { id: 'cgr_new' },
      status: 201,
    });
    addEvents(usage, [seccft(NOW - 3 * DAY, 'app_other')], [undatedToken, undatedCreate]);
    expect(usage.byGrant.get(`${APP}\n${API}`)).toEqual({ lastIssued: undefined, count: 1 });
    expect(usage.events).toBe(3);
    expect(usage.window.oldest).toBe(NOW - 3 * DAY);
    expect(unusedGrantIds(index, usage)).toEqual(['cgr_unused']);
  });
});
