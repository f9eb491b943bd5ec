import { describe, expect, it } from 'vitest';
import type { LogEvent } from '../api/logs';
import { grantHistory } from './grant-history';
import { entryText } from './history-text';
import { grantWrite } from './sapi-event';
import { DAY, HOUR, NOW, grantBody, sapi, seccft } from './usage-fixtures';

const ID = 'cgr_0123456789abcdef';
const PATH = `/api/v2/client-grants/${ID}`;

const created = sapi(NOW - 10 * DAY, {
  method: 'POST',
  path: '/api/v2/client-grants',
  body: { client_id: 'app_billing', audience: 'https://api.example.com/', scope: ['read:x'] },
  response: grantBody(ID, ['read:x']),
  actorName: 'Terraform',
});
const widened = sapi(NOW - 5 * DAY, { method: 'PATCH', path: PATCH_PATH(), body: { scope: ['read:x', 'write:x'] }, response: grantBody(ID, ['read:x', 'write:x']), actorName: 'Deploy bot' });
const narrowed = sapi(NOW - 2 * HOUR, {
  method: 'PATCH',
  path: PATH,
  body: { scope: ['write:x', 'admin:x'], organization_usage: 'require' },
  response: grantBody(ID, ['write:x', 'admin:x'], { organization_usage: 'require' }),
  actor: 'app_ops',
  actorName: '',
});
const deleted = sapi(NOW - HOUR, { method: 'DELETE', path: PATH, response: undefined, status: 204 });

function PATCH_PATH() {
  return `/api/v2/client-grants/${ID}?fields=id`;
}

describe('grantWrite', () => {
  it('matches on method and path, not on the description', () => {
    expect(grantWrite(created)).toMatchObject({ kind: 'created', grantId: ID });
    expect(grantWrite(widened)).toMatchObject({ kind: 'changed', grantId: ID });
    expect(grantWrite(deleted)).toMatchObject({ kind: 'deleted', grantId: ID });
    expect(grantWrite(sapi(NOW, { method: 'PATCH', path: '/api/v2/clients/abc', body: {} }))).toBeUndefined();
    expect(grantWrite(sapi(NOW, { method: 'PATCH', path: PATH, body: {}, status: 400 }))).toBeUndefined();
    expect(grantWrite(seccft(NOW))).toBeUndefined();
  });

  it.each([
    ['no response', () => withoutResponse(sapi(NOW, { method: 'PATCH', path: PATH, body: { scope: [] } }))],
    ['a response without a status', () => withoutStatus(sapi(NOW, { method: 'PATCH', path: PATH, body: { scope: [] } }))],
    ['a 1xx status', () => sapi(NOW, { method: 'PATCH', path: PATH, body: { scope: [] }, status: 100 })],
    ['a 202 (accepted, not done)', () => sapi(NOW, { method: 'PATCH', path: PATH, body: { scope: [] }, status: 202 })],
    ['a 204 to a PATCH (no grant in the answer)', () => sapi(NOW, { method: 'PATCH', path: PATH, body: { scope: [] }, status: 204 })],
    ['a fractional status', () => sapi(NOW, { method: 'DELETE', path: PATH, status: 204.5 })],
    ['a 0 status', () => sapi(NOW, { method: 'DELETE', path: PATH, status: 0 })],
    ['a path on another host', () => sapi(NOW, { method: 'DELETE', path: `https://evil.example${PATH}`, status: 204 })],
    ['a sub-resource of the grant', () => sapi(NOW, { method: 'DELETE', path: `${PATH}/organizations/org_1`, status: 204 })],
    ['another API version', () => sapi(NOW, { method: 'DELETE', path: `/api/v1/client-grants/${ID}`, status: 204 })],
    ['a PATCH answered with another grant', () => sapi(NOW, { method: 'PATCH', path: PATH, body: { scope: [] }, response: grantBody('cgr_other', []) })],
  ])('does not take a write with %s as applied', (_what, event) => {
    expect(grantWrite(event())).toBeUndefined();
    expect(grantHistory([created, event()], ID).map(entryText)).toEqual(['Created: Scopes set to: read:x']);
  });
});

function withoutResponse(event: LogEvent): LogEvent {
  const { request } = event.details as { request: unknown };
  return { ...event, details: { request } };
}

function withoutStatus(event: LogEvent): LogEvent {
  const { request } = event.details as { request: unknown };
  return { ...event, details: { request, response: { body: grantBody(ID, []) } } };
}

describe('grantHistory', () => {
  it('lists created, scope diffs, organization changes and deletion, newest first, by which app', () => {
    const events = [deleted, seccft(NOW), narrowed, created, widened, sapi(NOW, { method: 'PATCH', path: '/api/v2/client-grants/cgr_other', body: { scope: [] } })];
    const history = grantHistory(events, ID);
    expect(history.map(entryText)).toEqual([
      'Deleted',
      'Changed: Scopes added: admin:x; removed: read:x. Organization use changed from none to require',
      'Changed: Scopes added: write:x',
      'Created: Scopes set to: read:x',
    ]);
    expect(history.map((entry) => entry.actor)).toEqual(['Admin tool', 'app_ops', 'Deploy bot', 'Terraform']);
    expect(history[0]).toMatchObject({ date: NOW - HOUR, ip: '203.0.113.5' });
  });

  it('names a person who changed the grant in Auth0’s dashboard', () => {
    const byPerson = sapi(NOW, { method: 'PATCH', path: PATH, body: { organization_usage: 'allow' }, response: grantBody(ID, ['read:x'], { organization_usage: 'allow' }), actorName: '' });
    const request = (byPerson.details as { request: { auth: Record<string, unknown> } }).request;
    request.auth.user = { user_id: 'auth0|1', name: 'Dana Admin', email: 'dana@example.com' };
    const [entry] = grantHistory([created, byPerson], ID);
    expect(entry?.actor).toBe('Dana Admin (Auth0 Dashboard user)');
    expect(entryText(entry!)).toBe('Changed: Organization use changed from none to allow');
  });

  it('says what a change set when the state before it is older than the events read', () => {
    expect(grantHistory([narrowed], ID).map(entryText)).toEqual(['Changed: Scopes set to: admin:x, write:x. Organization use set to require']);
  });

  it('falls back to the request merged into the previous state when a response has no grant', () => {
    const bare = sapi(NOW - DAY, { method: 'PATCH', path: PATH, body: { scope: ['read:x', 'more:x'] }, response: {} });
    expect(grantHistory([created, bare], ID).map(entryText)[0]).toBe('Changed: Scopes added: more:x');
  });
});
