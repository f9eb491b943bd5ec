import { describe, expect, it } from 'vitest';
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
});

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
