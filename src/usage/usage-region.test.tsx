import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ApiError } from '../api/errors';
import type { LogSearchQuery } from '../api/logs';
import { HistorySection } from './history-list';
import { API, APP, DAY, HOUR, NOW, grantBody, sapi, seccft } from './usage-fixtures';
import { renderConnected } from '../connection/render-connected';
import { fakeLogsApi, LOG_SCOPES } from './usage-fake-api';
import { UsageRegion } from './usage-region';
import { LastUsedText } from './last-used-text';
import { logKeys } from './log-queries';
import { createUsageIndex } from './usage-index';
import type { UsageSnapshot } from './usage-store';

const grant = { id: 'cgr_0123456789abcdef', client_id: APP, audience: API, scope: ['read:x'], subject_type: 'client' as const };
const oldest = seccft(NOW - 30 * DAY, 'someone-else');
const forbidden = new ApiError({ status: 403, error: 'Forbidden', message: 'Insufficient scope, expected any of: read:logs,read:logs_users' });

function answer(events: { usage?: ReturnType<typeof seccft>[]; writes?: ReturnType<typeof sapi>[] }) {
  return async (query: LogSearchQuery) => {
    if (query.sort === 'date:1') return [oldest];
    if (query.q?.startsWith('type:sapi')) return events.writes ?? [];
    return events.usage ?? [];
  };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => vi.useRealTimers());

describe('UsageRegion', () => {
  it('says when the last token was issued, how many, and which days the logs cover', async () => {
    const api = fakeLogsApi(answer({ usage: [seccft(NOW - 3 * HOUR), seccft(NOW - 2 * DAY)] }));
    renderConnected(<UsageRegion grant={grant} />, api, LOG_SCOPES);
    const region = screen.getByRole('region', { name: 'Usage' });
    expect(await within(region).findByText(/^Last token issued 3 hours ago/)).toBeVisible();
    expect(within(region).getByText('2 tokens issued in the last 30 days of logs')).toBeVisible();
    expect(within(region).getByText(/^Logs cover the last 30 days/)).toBeVisible();
    const usageQuery = api.logs.search.mock.calls.map(([query]) => query).find((query) => query.q?.startsWith('type:seccft'));
    expect(usageQuery).toMatchObject({ q: `type:seccft AND client_id:"${APP}" AND audience:"${API}"`, sort: 'date:-1' });
  });

  it('counts the tokens per organization for a grant that allows organizations', async () => {
    const forOrg = (at: number, id: string, name: string) => ({ ...seccft(at), organization_id: id, organization_name: name });
    const usage = [forOrg(NOW - HOUR, 'org_a', 'Acme'), seccft(NOW - 2 * HOUR), forOrg(NOW - 3 * HOUR, 'org_a', 'Acme'), forOrg(NOW - 4 * HOUR, 'org_g', 'Globex')];
    renderConnected(<UsageRegion grant={{ ...grant, organization_usage: 'allow' }} />, fakeLogsApi(answer({ usage })), LOG_SCOPES);
    const region = screen.getByRole('region', { name: 'Usage' });
    expect(await within(region).findByText('Tokens by organization: Acme 2, Globex 1 · without organization 1')).toBeVisible();
  });

  it('says nothing about organizations for a grant that denies them and whose tokens named none', async () => {
    renderConnected(<UsageRegion grant={grant} />, fakeLogsApi(answer({ usage: [seccft(NOW - HOUR)] })), LOG_SCOPES);
    expect(await screen.findByText(/^Last token issued/)).toBeVisible();
    expect(screen.queryByText(/Tokens by organization/)).toBeNull();
  });

  it('says no token was issued in the window, not that the grant is unused forever', async () => {
    renderConnected(<UsageRegion grant={grant} />, fakeLogsApi(answer({})), LOG_SCOPES);
    expect(await screen.findByText('No token issued in the last 30 days of logs')).toBeVisible();
  });

  it('reads the logs with read:logs_users alone, which Auth0 also accepts on GET /logs', async () => {
    const scopes = LOG_SCOPES.map((scope) => (scope === 'read:logs' ? 'read:logs_users' : scope));
    renderConnected(<UsageRegion grant={grant} />, fakeLogsApi(answer({})), scopes);
    expect(await screen.findByText('No token issued in the last 30 days of logs')).toBeVisible();
  });

  it('explains the missing scope without asking the tenant when the token lacks read:logs', () => {
    const api = fakeLogsApi(answer({}));
    renderConnected(<UsageRegion grant={grant} />, api, ['read:client_grants']);
    expect(within(screen.getByRole('region', { name: 'Usage' })).getByText(/Needs the read:logs scope to show usage/)).toBeVisible();
    expect(api.logs.search).not.toHaveBeenCalled();
  });

  it('shows the same explanation, not an error, when the tenant answers 403', async () => {
    renderConnected(<UsageRegion grant={grant} />, fakeLogsApi(() => Promise.reject(forbidden)), LOG_SCOPES);
    expect(await screen.findByText(/Needs the read:logs scope to show usage/)).toBeVisible();
    expect(screen.queryByRole('alert', { name: /missing permission/i })).toBeNull();
  });

  it('shows a real failure as one, with Retry', async () => {
    // A 400 (not retried, unlike a 5xx) stands for any failure that is not a missing scope.
    const failure = new ApiError({ status: 400, error: 'Bad Request', message: 'invalid_query_string' });
    renderConnected(<UsageRegion grant={grant} />, fakeLogsApi(() => Promise.reject(failure)), LOG_SCOPES);
    expect(await screen.findByRole('button', { name: 'Retry' })).toBeVisible();
    expect(screen.getByText('The tenant rejected the request')).toBeVisible();
  });
});

describe('LastUsedText', () => {
  it('reads one grant lazily and says when it was last used', async () => {
    const api = fakeLogsApi(answer({ usage: [seccft(NOW - 3 * HOUR)] }));
    renderConnected(<LastUsedText grant={grant} />, api, LOG_SCOPES);
    expect(await screen.findByText('3 hours ago')).toBeVisible();
  });

  it('says a grant whose only tokens have no date was used, date unknown', async () => {
    const { date: _none, ...undated } = seccft(NOW - HOUR);
    const api = fakeLogsApi(answer({}), (query) => (query.q?.startsWith('type:seccft') ? [undated] : []));
    renderConnected(<LastUsedText grant={grant} />, api, LOG_SCOPES);
    renderConnected(<UsageRegion grant={grant} />, api, LOG_SCOPES);
    expect(await screen.findByText('Used, date unknown')).toBeVisible();
    expect(await screen.findByText('Token issued, date unknown')).toBeVisible();
  });

  it('says "None since it was created" once the usage index knows the grant was created inside the logs', async () => {
    const api = fakeLogsApi(answer({}));
    const both = (
      <>
        <LastUsedText grant={grant} />
        <UsageRegion grant={grant} />
      </>
    );
    const { queryClient } = renderConnected(both, api, LOG_SCOPES);
    expect(await screen.findByText('None in 30 days of logs')).toBeVisible();
    const usage = createUsageIndex();
    usage.createdInWindow.add(grant.id);
    usage.createdAt.set(grant.id, NOW - 2 * DAY);
    const snapshot: UsageSnapshot = { usage, version: 1, status: 'ready', progress: { events: 1 } };
    act(() => queryClient.setQueryData(logKeys.usageIndex(api.domain), snapshot));
    expect(await screen.findByText('None since it was created 2 days ago')).toBeVisible();
    expect(screen.getByText('No token issued since it was created 2 days ago')).toBeVisible();
  });

  it('asks nothing of a grant the logs cannot show, nor without read:logs', () => {
    const api = fakeLogsApi(answer({}));
    renderConnected(<LastUsedText grant={{ ...grant, subject_type: 'user' }} />, api, LOG_SCOPES);
    renderConnected(<LastUsedText grant={grant} />, api, ['read:client_grants']);
    expect(screen.getByText('—')).toBeVisible();
    expect(screen.getByText('Needs read:logs')).toBeVisible();
    expect(api.logs.search).not.toHaveBeenCalled();
  });
});

describe('HistorySection', () => {
  it('lists each change with the app that made it, newest first', async () => {
    const path = `/api/v2/client-grants/${grant.id}`;
    const writes = [
      sapi(NOW - HOUR, { method: 'PATCH', path, body: { scope: ['read:x', 'write:x'] }, response: grantBody(grant.id, ['read:x', 'write:x']), actorName: 'Deploy bot' }),
      sapi(NOW - DAY, { method: 'POST', path: '/api/v2/client-grants', body: {}, response: grantBody(grant.id, ['read:x']), actorName: 'Terraform' }),
    ];
    renderConnected(<HistorySection grantId={grant.id} />, fakeLogsApi(answer({ writes })), LOG_SCOPES);
    const list = await screen.findByRole('list', { name: 'History' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringMatching(/^Changed: Scopes added: write:xby Deploy bot · 1 hour ago/),
      expect.stringMatching(/^Created: Scopes set to: read:xby Terraform · yesterday/),
    ]);
  });

  it('shows bidi controls in scopes and the author as markers, and says a future-dated change is in the future', async () => {
    const path = `/api/v2/client-grants/${grant.id}`;
    const writes = [
      sapi(NOW + 3 * HOUR, { method: 'PATCH', path, body: { scope: ['read:\u202Etxt.exe'] }, response: grantBody(grant.id, ['read:\u202Etxt.exe']), actorName: '\u202Etob yolped' }),
    ];
    renderConnected(<HistorySection grantId={grant.id} />, fakeLogsApi(answer({ writes })), LOG_SCOPES);
    const [item] = within(await screen.findByRole('list', { name: 'History' })).getAllByRole('listitem');
    expect(item).toHaveTextContent(/^Changed: Scopes set to: read:⟨U\+202E⟩txt\.exeby ⟨U\+202E⟩tob yolped · 3 hours in the future/);
    expect(item?.textContent).not.toMatch(/\u202E|just now/);
  });

  it('reads older pages until it finds this grant, then shows ten at a time with Show older', async () => {
    const path = `/api/v2/client-grants/${grant.id}`;
    const others = Array.from({ length: 100 }, (_, i) => sapi(NOW - i * 1000, { method: 'PATCH', path: '/api/v2/client-grants/cgr_someone_else', body: { scope: [] } }));
    const mine = Array.from({ length: 12 }, (_, i) => sapi(NOW - DAY - i * HOUR, { method: 'PATCH', path, body: { scope: [`s${i}`] }, response: grantBody(grant.id, [`s${i}`]) }));
    const api = fakeLogsApi(async (query) => (query.q?.startsWith('type:sapi') ? (query.page === 0 ? others : mine) : [oldest]));
    renderConnected(<HistorySection grantId={grant.id} />, api, LOG_SCOPES);
    const list = await screen.findByRole('list', { name: 'History' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(10));
    fireEvent.click(screen.getByRole('button', { name: 'Show older' }));
    expect(within(list).getAllByRole('listitem')).toHaveLength(12);
    expect(screen.getByText('No older change in the logs available.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Show older' })).toBeNull();
    expect(api.logs.search.mock.calls.map(([query]) => query.page)).toEqual([0, 1]);
  });

  it('reads the writes again when the grant changed (an edit made here shows without waiting)', async () => {
    const api = fakeLogsApi(answer({}));
    const { rerender } = renderConnected(<HistorySection grantId={grant.id} revision="a" />, api, LOG_SCOPES);
    await screen.findByText('No change to this grant in the logs available.');
    expect(api.logs.search).toHaveBeenCalledTimes(1);
    rerender(<HistorySection grantId={grant.id} revision="b" />);
    await waitFor(() => expect(api.logs.search).toHaveBeenCalledTimes(2));
  });

  it('explains the missing scope instead of reading', () => {
    renderConnected(<HistorySection grantId={grant.id} />, fakeLogsApi(answer({})), ['read:client_grants']);
    expect(screen.getByText(/Needs the read:logs scope to show history/)).toBeVisible();
  });
});
