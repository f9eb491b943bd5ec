import { describe, expect, it, vi } from 'vitest';
import type { ClientGrant } from '../api/client-grants';
import { ApiError, NetworkError } from '../api/errors';
import type { ManagementApi } from '../api/management-api';
import { createTenantIndex, putApis, putClients } from '../tenant-index/tenant-index';
import { applyFix, type FixRequest } from './apply-fix';
import { findingsForGrant, type Finding, type FixKind, type RuleId } from './rules';

const notFound = () => new ApiError({ status: 404, error: 'Not Found', message: 'The grant does not exist.' });
const lost = () => new NetworkError({ origin: 'https://t.example', likelyCause: 'domain-or-cors', cause: new TypeError('reset') });

/** A tenant holding one grant; `onWrite` may change what it holds or throw, as a colleague or a network would. */
function tenant(initial: ClientGrant | undefined, onWrite?: (kind: string) => void) {
  let held = initial;
  const calls: string[] = [];
  const api = {
    reserveSlots: async () => ({ take: () => undefined, release: () => undefined }),
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
  return { api, calls, held: () => held, set: (grant: ClientGrant) => (held = grant) };
}

// The rules' own context: an API defining read:x and write:x, a Management API, a machine-to-machine app.
const index = createTenantIndex();
putApis(index, [
  { id: 'rs1', name: 'X API', identifier: 'https://api', scopes: [{ value: 'read:x' }, { value: 'write:x' }] },
  { id: 'rs0', name: 'Auth0 Management API', identifier: 'https://t.example/api/v2/', is_system: true, scopes: [] },
]);
putClients(index, [{ client_id: 'a', name: 'Worker', app_type: 'non_interactive' }]);

const grant: ClientGrant = { id: 'cgr_1', client_id: 'a', audience: 'https://api', subject_type: 'client', scope: ['read:x', 'legacy:a', 'write:x'] };
const broadGrant: ClientGrant = { ...grant, scope: ['read:x', 'write:x'] };
const mgmtGrant: ClientGrant = { ...grant, audience: 'https://t.example/api/v2/', scope: ['read:users', 'update:users', 'delete:users'] };

function findingOf(rule: RuleId, on: ClientGrant): Finding {
  const found = findingsForGrant({ index }, on).find((f) => f.rule === rule);
  if (!found) throw new Error(`no ${rule} finding`);
  return found;
}

/** What the Findings page asks: the fix as confirmed on `finding`, re-checked with the same rules. */
function request(finding: Finding, kind: FixKind, seen = finding.grant): FixRequest {
  return { kind, rule: finding.rule, seen, scopes: finding.scopes, recheck: (now) => findingsForGrant({ index }, now).find((f) => f.id === finding.id) };
}

describe('applyFix', () => {
  it("removes only the finding's scopes from what the tenant holds now, and reads it back", async () => {
    const t = tenant({ ...grant, scope: [...grant.scope!, 'read:x2'] });
    const finding = findingOf('undefined-scopes', grant);
    const outcome = await applyFix(t.api, 'cgr_1', request(finding, 'remove-scopes'));
    // read:x2 (also undefined, added meanwhile) was not confirmed: it stays.
    expect(t.calls).toEqual(['GET', 'PATCH {"scope":["read:x","write:x","read:x2"]}', 'GET']);
    expect(outcome).toMatchObject({ kind: 'changed', responseLost: false, after: { scope: ['read:x', 'write:x', 'read:x2'] } });
  });

  it('"Use all scopes" on a grant a colleague narrowed since: no longer applies, nothing sent', async () => {
    const t = tenant({ ...broadGrant, scope: ['read:x'] });
    const outcome = await applyFix(t.api, 'cgr_1', request(findingOf('broad', broadGrant), 'allow-all-scopes'));
    expect(outcome).toMatchObject({ kind: 'no-longer-applies', before: broadGrant, now: { scope: ['read:x'] } });
    expect(t.calls).toEqual(['GET']);
  });

  it('"Use all scopes" still applies when the grant still lists every scope', async () => {
    const t = tenant(broadGrant);
    expect(await applyFix(t.api, 'cgr_1', request(findingOf('broad', broadGrant), 'allow-all-scopes'))).toMatchObject({ kind: 'changed', after: { allow_all_scopes: true } });
  });

  it('Remove scopes removes only what is still there, and says so when nothing of it is left', async () => {
    const finding = findingOf('management-power', mgmtGrant);
    expect(finding.scopes).toEqual(['delete:users', 'update:users']);
    const partly = tenant({ ...mgmtGrant, scope: ['read:users', 'update:users'] });
    expect(await applyFix(partly.api, 'cgr_1', request(finding, 'remove-scopes'))).toMatchObject({ kind: 'changed', after: { scope: ['read:users'] } });
    expect(partly.calls[1]).toBe('PATCH {"scope":["read:users"]}');
    const fixed = tenant({ ...mgmtGrant, scope: ['read:users'] });
    expect(await applyFix(fixed.api, 'cgr_1', request(finding, 'remove-scopes'))).toMatchObject({ kind: 'no-longer-applies' });
    expect(fixed.calls).toEqual(['GET']);
  });

  it('Delete of a grant changed since the finding asks again, then deletes the grant as shown', async () => {
    const finding = findingOf('management-power', mgmtGrant);
    const changed = { ...mgmtGrant, scope: [...mgmtGrant.scope!, 'create:clients'] };
    const t = tenant(changed);
    const first = await applyFix(t.api, 'cgr_1', request(finding, 'delete-grant'));
    expect(first).toEqual({ kind: 'changed-since', before: mgmtGrant, now: changed });
    expect(t.calls).toEqual(['GET']);
    expect(await applyFix(t.api, 'cgr_1', request(finding, 'delete-grant', changed))).toMatchObject({ kind: 'deleted' });
    expect(t.held()).toBeUndefined();
  });

  it('Delete of a grant whose finding no longer holds changes nothing', async () => {
    const t = tenant({ ...mgmtGrant, scope: ['read:users'] });
    expect(await applyFix(t.api, 'cgr_1', request(findingOf('management-power', mgmtGrant), 'delete-grant'))).toMatchObject({ kind: 'no-longer-applies' });
    expect(t.calls).toEqual(['GET']);
  });

  it('sends nothing when a colleague deleted the grant', async () => {
    const gone = tenant(undefined);
    expect(await applyFix(gone.api, 'cgr_1', request(findingOf('management-power', mgmtGrant), 'delete-grant'))).toEqual({ kind: 'already-deleted' });
    expect(gone.calls).toEqual(['GET']);
  });

  it('a lost answer is settled by the read-back, not reported as a failure', async () => {
    const t = tenant(mgmtGrant, () => {
      throw lost();
    });
    expect(await applyFix(t.api, 'cgr_1', request(findingOf('management-power', mgmtGrant), 'delete-grant'))).toMatchObject({ kind: 'deleted', responseLost: true });
  });

  it('says when the tenant did not apply the change', async () => {
    const t = tenant(broadGrant);
    vi.mocked(t.api.clientGrants.update).mockImplementation(async () => {
      throw lost();
    });
    expect(await applyFix(t.api, 'cgr_1', request(findingOf('broad', broadGrant), 'allow-all-scopes'))).toMatchObject({ kind: 'not-applied', grant: { scope: broadGrant.scope } });
  });

  it('other errors (a 403, a 5xx) are not hidden', async () => {
    const t = tenant(grant);
    vi.mocked(t.api.clientGrants.update).mockRejectedValue(new ApiError({ status: 403, error: 'Forbidden', message: 'Insufficient scope' }));
    await expect(applyFix(t.api, 'cgr_1', request(findingOf('undefined-scopes', grant), 'remove-scopes'))).rejects.toThrow('Insufficient scope');
  });
});
