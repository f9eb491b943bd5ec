import { vi } from 'vitest';
import type { LogEvent, LogSearchQuery } from '../api/logs';

export const LOG_SCOPES = ['read:client_grants', 'read:clients', 'read:resource_servers', 'read:logs'];

/** A fake api answering log searches from `answer` (the tests steer it per query). */
export function fakeLogsApi(answer: (query: LogSearchQuery) => Promise<LogEvent[]>) {
  return { domain: 'tenant.example.com', logs: { search: vi.fn(answer), checkpoint: vi.fn() } };
}
