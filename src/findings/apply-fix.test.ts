import { describe, expect, it, vi } from 'vitest';
import type { ClientGrant } from '../api/client-grants';
import { ApiError, NetworkError } from '../api/errors';
import type { ManagementApi } from '../api/management-api';
import { applyFix } from './apply-fix';

const notFound = () => new ApiError({ status: 404, error: 'Not Found', message: 'The grant does not exist.' });
const lost = () => new NetworkError({ origin: 'https://t.example', likelyCause: 'domain-or-cors', cause: new TypeError('reset') });

/** A tenant holding one grant; `onWrite` may change what it holds or throw, as a colleague or a network would. */
function tenant(initial: ClientGrant | undefined, onWrite?: (kind: string) => void) {
  let held = initial;
  const calls: string[] = [];
  const api = {
    clientGrants: {
      get: vi.fn(async () => {
        calls.push('GET');
        if (!held) throw notFound();
        return held;
      }),
      update: vi.fn(async (_id: string, body: Partial<ClientGrant>) => {
        calls.push(`PATCH ${JSON.stringify(body)}`);
        held = { ...held!, ...body };
        if (body.allow_all_scopes) delete held.scope;
        onWrite?.('PATCH');
        return held;
      }),
      remove: vi.fn(async () => {
        calls.push('DELETE');
        held = undefined;
        onWrite?.('DELETE');
      }),
    },
  } as unknown as ManagementApi;
  return { api, calls, held: () => held };
}

const grant: ClientGrant = { id: 'cgr_1', client_id: 'a', audience: 'https://api', subject_type: 'client', scope: ['read:x', 'legacy:a', 'write:x'] };

describe('applyFix', () => {
  it('removes only the finding\'s scopes from what the tenant holds now, and reads it back', async () => {
    const t = tenant({ ...grant, scope: [...grant.scope!, 'added:meanwhile'] });
    const outcome = await applyFix(t.api, 'cgr_1', 'remove-scopes', ['legacy:a']);
    expect(t.calls).toEqual(['GET', 'PATCH {"scope":["read:x","write:x","added:meanwhile"]}', 'GET']);
    expect(outcome).toMatchObject({ kind: 'changed', responseLost: false, after: { scope: ['read:x', 'write:x', 'added:meanwhile'] } });
  });

  it('sends nothing when a colleague already fixed it, or deleted the grant', async () => {
    const fixed = tenant({ ...grant, scope: ['read:x'] });
    expect(await applyFix(fixed.api, 'cgr_1', 'remove-scopes', ['legacy:a'])).toMatchObject({ kind: 'nothing-to-do' });
    expect(fixed.calls).toEqual(['GET']);
    const gone = tenant(undefined);
    expect(await applyFix(gone.api, 'cgr_1', 'delete-grant', [])).toEqual({ kind: 'already-deleted' });
    expect(gone.calls).toEqual(['GET']);
  });

  it('a lost answer is settled by the read-back, not reported as a failure', async () => {
    const t = tenant(grant, () => {
      throw lost();
    });
    expect(await applyFix(t.api, 'cgr_1', 'delete-grant', [])).toMatchObject({ kind: 'deleted', responseLost: true });
  });

  it('says when the tenant did not apply the change', async () => {
    const t = tenant(grant);
    vi.mocked(t.api.clientGrants.update).mockImplementation(async () => {
      throw lost();
    });
    expect(await applyFix(t.api, 'cgr_1', 'allow-all-scopes', [])).toMatchObject({ kind: 'not-applied', grant: { scope: grant.scope } });
  });

  it('other errors (a 403, a 5xx) are not hidden', async () => {
    const t = tenant(grant);
    vi.mocked(t.api.clientGrants.update).mockRejectedValue(new ApiError({ status: 403, error: 'Forbidden', message: 'Insufficient scope' }));
    await expect(applyFix(t.api, 'cgr_1', 'remove-scopes', ['legacy:a'])).rejects.toThrow('Insufficient scope');
  });
});
