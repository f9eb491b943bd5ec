import { vi } from 'vitest';
import type { LogCheckpointPage, LogEvent, LogSearchQuery, UndatedLogEvent } from '../api/logs';

export const LOG_SCOPES = ['read:client_grants', 'read:clients', 'read:resource_servers', 'read:logs'];

/**
 * A fake api answering log searches from `answer` (the tests steer it per query). `searchPage` answers
 * through `search` (so its calls are seen there), with the `undated` events given for a query.
 */
export function fakeLogsApi(
  answer: (query: LogSearchQuery) => Promise<LogEvent[]>,
  undated: (query: LogSearchQuery) => UndatedLogEvent[] = () => [],
) {
  const search = vi.fn(answer);
  const searchPage = vi.fn(async (query: LogSearchQuery): Promise<LogCheckpointPage> => {
    const events = await search(query);
    const odd = undated(query);
    return { events, undated: odd, received: events.length + odd.length };
  });
  return { domain: 'tenant.example.com', logs: { search, searchPage, checkpoint: vi.fn() } };
}
