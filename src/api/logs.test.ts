import { describe, expect, it } from 'vitest';
import { setup } from './api-test-setup';
import { ApiError } from './errors';
import { auth0Error, jsonResponse } from './fake-fetch';
import { logCheckpointPage, parseLogEvent, quoteLogValue } from './logs';

const SECCFT = {
  log_id: '90020260101',
  date: '2026-01-01T10:00:00.000Z',
  type: 'seccft',
  client_id: 'app1',
  client_name: 'Billing',
  audience: 'https://api.example.com',
  scope: 'read:x write:x',
  ip: '10.0.0.1',
};

describe('parseLogEvent', () => {
  it('keeps the documented fields', () => {
    expect(parseLogEvent(SECCFT)).toEqual(SECCFT);
  });

  it("keeps the organization a token was issued for (seccft with organization_id and organization_name)", () => {
    const forOrg = { ...SECCFT, organization_id: 'org_abc', organization_name: 'acme' };
    expect(parseLogEvent(forOrg)).toEqual(forOrg);
  });

  it('drops a field of an unexpected type instead of refusing the event', () => {
    expect(parseLogEvent({ ...SECCFT, client_name: 42, scope: ['read:x'] })).toEqual({
      log_id: SECCFT.log_id,
      date: SECCFT.date,
      type: 'seccft',
      client_id: 'app1',
      audience: SECCFT.audience,
      ip: SECCFT.ip,
    });
  });

  it('skips an event without date or type, and reads an old `_id` as log_id', () => {
    expect(parseLogEvent({ type: 'seccft' })).toBeUndefined();
    expect(parseLogEvent('nope')).toBeUndefined();
    expect(parseLogEvent({ _id: 'x1', date: SECCFT.date, type: 's' })).toEqual({ log_id: 'x1', date: SECCFT.date, type: 's' });
  });
});

describe('logs.search', () => {
  it('sends the search parameters and parses a bare array, skipping unreadable events', async () => {
    const { api, calls } = setup([jsonResponse([SECCFT, { nonsense: true }])]);
    const events = await api.logs.search({ q: 'type:seccft', page: 2, per_page: 100, sort: 'date:-1', fields: ['date', 'log_id'] });
    expect(events).toEqual([SECCFT]);
    const url = new URL(calls[0]!.url);
    expect(url.pathname).toBe('/api/v2/logs');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      q: 'type:seccft',
      page: '2',
      per_page: '100',
      sort: 'date:-1',
      fields: 'date,log_id',
      include_fields: 'true',
    });
  });

  it('searchPage keeps the events without a date apart instead of dropping them', async () => {
    const { date: _none, ...undated } = SECCFT;
    const { api } = setup([jsonResponse([SECCFT, undated, { nonsense: true }])]);
    const page = await api.logs.searchPage({ q: 'type:seccft' });
    expect(page.events).toEqual([SECCFT]);
    expect(page.undated).toEqual([undated]);
    expect(page.received).toBe(3);
  });

  it('accepts the include_totals envelope too', async () => {
    const { api } = setup([jsonResponse({ start: 0, limit: 50, length: 1, total: 1, logs: [SECCFT] })]);
    expect(await api.logs.search({})).toEqual([SECCFT]);
  });

  it('throws the typed error for a token without read:logs', async () => {
    const { api } = setup([auth0Error(403, 'Forbidden', 'Insufficient scope, expected any of: read:logs', 'insufficient_scope')]);
    const error = await api.logs.search({}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(403);
  });
});

describe('logs.checkpoint', () => {
  it('sends only from and take', async () => {
    const { api, calls } = setup([jsonResponse([SECCFT]), jsonResponse([])]);
    await api.logs.checkpoint({ from: '900', take: 50 }, { priority: 'background' });
    await api.logs.checkpoint();
    expect(Object.fromEntries(new URL(calls[0]!.url).searchParams)).toEqual({ from: '900', take: '50' });
    expect(Object.fromEntries(new URL(calls[1]!.url).searchParams)).toEqual({ take: '100' });
  });
});

describe('logCheckpointPage', () => {
  it('counts every item, keeps undated events apart, and carries the last log_id past an event without one', () => {
    const { date: _date, ...undated } = { ...SECCFT, log_id: '900202' };
    const page = logCheckpointPage([SECCFT, 'junk', undated, { ...SECCFT, log_id: undefined }]);
    expect(page).toEqual({ events: [SECCFT, { ...SECCFT, log_id: undefined }], undated: [undated], received: 4, lastLogId: '900202' });
    expect(logCheckpointPage([])).toEqual({ events: [], undated: [], received: 0 });
  });
});

describe('quoteLogValue', () => {
  it('escapes quotes and backslashes so a value cannot end the term', () => {
    expect(quoteLogValue('a"b\\c')).toBe('"a\\"b\\\\c"');
  });
});
