import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { setup } from '../api/api-test-setup';
import { jsonResponse } from '../api/fake-fetch';
import { logQueries } from './log-queries';

// Auth0's published description limits GET /logs `fields` to 13 names (date, type, client_id, …), log_id not
// among them; its docs list log_id as searchable. A request that holds to both is valid whichever Auth0 enforces.
const DESCRIBED_FIELDS = new Set([
  'date',
  'connection',
  'client_id',
  'client_name',
  'ip',
  'user_id',
  'user_name',
  'description',
  'user_agent',
  'type',
  'details',
  'strategy',
  'strategy_type',
]);

describe('logQueries.window', () => {
  it('asks for the oldest event with fields the published description allows, and reads its date', async () => {
    const { api, calls } = setup([jsonResponse([{ date: '2026-01-01T00:00:00.000Z', type: 'seccft' }])]);
    const window = await new QueryClient().fetchQuery(logQueries.window(api));
    expect(window.oldest).toBe(Date.parse('2026-01-01T00:00:00.000Z'));
    const params = new URL(calls[0]!.url).searchParams;
    expect(params.get('sort')).toBe('date:1');
    expect(
      params
        .get('fields')
        ?.split(',')
        .every((field) => DESCRIBED_FIELDS.has(field)),
    ).toBe(true);
  });
});
