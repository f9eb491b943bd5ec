import { describe, expect, it } from 'vitest';
import { GRANT, setup } from '../api/api-test-setup';
import { ApiError, NetworkError, ResponseShapeError } from '../api/errors';
import { auth0Error, jsonResponse } from '../api/fake-fetch';
import type { ClientGrant, CreateClientGrantBody } from '../api/client-grants';
import { describeWriteError, holdsSettings, recoverCreate, recoverDelete, recoverUpdate, WriteOutcomeError } from './write-outcome';

// The lost first answer: the tests hand it over as the write would have thrown it.
const reset = new NetworkError({ origin: 'https://acme.us.auth0.com', likelyCause: 'domain-or-cors' });
const garbled = new ResponseShapeError({ endpoint: 'PATCH /api/v2/client-grants/x', issues: ['(body): not JSON'] });
const notFound = () => auth0Error(404, 'Not Found', 'The client grant does not exist.', 'inexistent_client_grant');
const body: CreateClientGrantBody = { client_id: GRANT.client_id, audience: GRANT.audience, subject_type: 'client', scope: ['read:x'] };
const page = (grants: unknown[]) => jsonResponse({ total: grants.length, start: 0, limit: 1, client_grants: grants });

async function rejection(promise: Promise<unknown>): Promise<WriteOutcomeError> {
  const error = await promise.then(() => undefined, (caught: unknown) => caught);
  if (!(error instanceof WriteOutcomeError)) throw new Error(`expected a WriteOutcomeError, got ${String(error)}`);
  return error;
}

describe('holdsSettings', () => {
  const grant = { ...GRANT, subject_type: 'client' } as ClientGrant;
  it('compares only the fields the body sets, scopes in any order', () => {
    expect(holdsSettings({ ...grant, scope: ['b', 'a'] }, { scope: ['a', 'b'] })).toBe(true);
    expect(holdsSettings(grant, { scope: ['read:x', 'y'] })).toBe(false);
    expect(holdsSettings(grant, { allow_any_organization: false })).toBe(true);
    expect(holdsSettings(grant, { organization_usage: 'allow' })).toBe(false);
    expect(holdsSettings({ ...grant, allow_all_scopes: true }, { allow_all_scopes: true, scope: [] })).toBe(false);
    expect(holdsSettings({ ...grant, scope: [], allow_all_scopes: true }, { allow_all_scopes: true, scope: [] })).toBe(true);
  });
});

describe('recoverCreate', () => {
  it('finds the grant by app, API and subject type, and returns it when it holds what was asked', async () => {
    const { api, calls } = setup([page([GRANT])]);
    await expect(recoverCreate(api, body, reset)).resolves.toMatchObject({ id: GRANT.id });
    const url = new URL(calls[0]?.url ?? '');
    expect(url.pathname).toBe('/api/v2/client-grants');
    expect(Object.fromEntries(url.searchParams)).toMatchObject({ client_id: GRANT.client_id, audience: GRANT.audience, subject_type: 'client' });
  });

  it('reports "not created" when the tenant holds no such grant', async () => {
    const { api } = setup([page([])]);
    const error = await rejection(recoverCreate(api, body, garbled));
    expect(error.applied).toBe('no');
    expect(error.description.title).toBe('Not created');
    expect(error.message).toContain('could not be read');
    expect(error.message).not.toMatch(/report/i);
  });

  it('a grant with other settings is not this create: not created', async () => {
    const { api } = setup([page([{ ...GRANT, scope: ['other'] }])]);
    expect((await rejection(recoverCreate(api, body, reset))).applied).toBe('no');
  });

  it('a 409 about a grant with other settings stands as the refusal it is', async () => {
    const conflict = new ApiError({ status: 409, error: 'Conflict', message: 'exists' });
    const { api } = setup([page([{ ...GRANT, scope: ['other'] }])]);
    await expect(recoverCreate(api, body, conflict)).rejects.toBe(conflict);
  });

  it('says the outcome is unknown when the re-read fails too', async () => {
    const { api } = setup([new TypeError('Failed to fetch')]);
    const error = await rejection(recoverCreate(api, body, reset));
    expect(error.applied).toBe('unknown');
    expect(describeWriteError(error).action).toContain('Refresh the list');
  });
});

describe('recoverUpdate', () => {
  it('returns the grant when it holds the change', async () => {
    const { api } = setup([jsonResponse({ ...GRANT, scope: ['read:x', 'write:x'] })]);
    await expect(recoverUpdate(api, GRANT.id, { scope: ['write:x', 'read:x'] }, reset)).resolves.toMatchObject({ id: GRANT.id });
  });

  it('"not saved" when the grant does not hold it, or no longer exists', async () => {
    const { api } = setup([jsonResponse(GRANT), notFound()]);
    expect((await rejection(recoverUpdate(api, GRANT.id, { scope: ['write:x'] }, garbled))).description.title).toBe('Not saved');
    const gone = await rejection(recoverUpdate(api, GRANT.id, { scope: ['write:x'] }, reset));
    expect(gone.message).toContain('someone deleted it');
  });
});

describe('recoverDelete', () => {
  it('a grant that is gone was deleted', async () => {
    const { api } = setup([notFound()]);
    await expect(recoverDelete(api, GRANT.id, reset)).resolves.toBeUndefined();
  });

  it('a grant still there was not deleted', async () => {
    const { api } = setup([jsonResponse(GRANT)]);
    const error = await rejection(recoverDelete(api, GRANT.id, reset));
    expect(error.description.title).toBe('Not deleted');
    expect(error.message).toContain('The connection failed before the tenant’s answer arrived.');
  });
});
