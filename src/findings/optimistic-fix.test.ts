import { describe, expect, it } from 'vitest';
import type { ClientGrant } from '../api/client-grants';
import { ApiError } from '../api/errors';
import type { IndexWrite } from '../tenant-index';
import type { FixOutcome } from './apply-fix';
import { expectedAfterFix, runFixOptimistically } from './optimistic-fix';
import type { Finding } from './rules';

const grant: ClientGrant = { id: 'cgr_1', client_id: 'a', audience: 'https://api', subject_type: 'client', scope: ['read:x', 'legacy:a'] };
const finding = { id: 'undefined-scopes:cgr_1', grant, scopes: ['legacy:a'], fixes: ['remove-scopes'] } as unknown as Finding;

/** Records every index write and the pending flag in order, the way the page would see them. */
function recorder(apply: () => Promise<FixOutcome>) {
  const events: string[] = [];
  const writes: IndexWrite[] = [];
  const deps = {
    apply,
    write: (write: IndexWrite) => {
      writes.push(write);
      events.push('write');
    },
    setPending: (id: string, on: boolean) => events.push(`${on ? 'hide' : 'show'} ${id}`),
  };
  return { deps, events, writes };
}

describe('expectedAfterFix', () => {
  it('removes only the finding’s scopes, or the grant, or switches to all scopes', () => {
    expect(expectedAfterFix(grant, 'remove-scopes', ['legacy:a'])).toEqual([{ grant: { ...grant, scope: ['read:x'] } }]);
    expect(expectedAfterFix(grant, 'delete-grant', [])).toEqual([{ removedId: 'cgr_1' }]);
    expect(expectedAfterFix(grant, 'allow-all-scopes', [])).toEqual([{ grant: { ...grant, allow_all_scopes: true, scope: [] } }]);
  });
});

describe('runFixOptimistically', () => {
  it('hides the finding and shows the fixed grant before the tenant answers, then what it read back', async () => {
    let answer: (outcome: FixOutcome) => void = () => {};
    const { deps, events, writes } = recorder(() => new Promise((resolve) => (answer = resolve)));
    const running = runFixOptimistically(deps, finding, 'remove-scopes');
    expect(events).toEqual(['hide undefined-scopes:cgr_1', 'write']);
    expect(writes[0]).toEqual({ grant: { ...grant, scope: ['read:x'] } });
    const after = { ...grant, scope: ['read:x', 'write:y'] };
    answer({ kind: 'changed', before: grant, after, responseLost: false });
    await running;
    expect(writes[1]).toEqual({ grant: after });
    expect(events).not.toContain('show undefined-scopes:cgr_1');
  });

  it('rolls the index and the list back when the tenant refuses, and passes the error on', async () => {
    const refusal = new ApiError({ status: 403, error: 'Forbidden', message: 'Insufficient scope' });
    const { deps, events, writes } = recorder(() => Promise.reject(refusal));
    await expect(runFixOptimistically(deps, finding, 'delete-grant')).rejects.toBe(refusal);
    expect(writes).toEqual([{ removedId: 'cgr_1' }, { grant }]);
    expect(events.at(-1)).toBe('show undefined-scopes:cgr_1');
  });

  it('shows the finding again with what the tenant holds when the change did not take', async () => {
    const held = { ...grant, scope: ['read:x', 'legacy:a', 'other'] };
    const { deps, events, writes } = recorder(async () => ({ kind: 'not-applied', grant: held }));
    await runFixOptimistically(deps, finding, 'remove-scopes');
    expect(writes.at(-1)).toEqual({ grant: held });
    expect(events.at(-1)).toBe('show undefined-scopes:cgr_1');
  });

  it('shows the finding again, on the grant as the tenant holds it, when it no longer applies', async () => {
    const now = { ...grant, scope: ['read:x'] };
    const { deps, events, writes } = recorder(async () => ({ kind: 'no-longer-applies', before: grant, now }));
    await runFixOptimistically(deps, finding, 'remove-scopes');
    expect(writes.at(-1)).toEqual({ grant: now });
    expect(events.at(-1)).toBe('show undefined-scopes:cgr_1');
  });
});

describe('organization fixes in the index', () => {
  const deny = { ...grant, organization_usage: 'deny' as const };
  const orgFinding = { id: 'deny-associations:cgr_1', grant: deny, scopes: [], organizations: ['org_a', 'org_b'], fixes: ['remove-organizations'] } as unknown as Finding;

  it('drops the associations at once, then keeps what the tenant kept or a colleague added', async () => {
    const { deps, events, writes } = recorder(async () => ({ kind: 'organizations-removed', before: deny, removed: ['org_a'], kept: ['org_b'], left: ['org_c'] }));
    await runFixOptimistically(deps, orgFinding, 'remove-organizations');
    const link = (orgId: string) => ({ orgId, grantId: 'cgr_1' });
    expect(writes).toEqual([
      { dissociated: link('org_a') },
      { dissociated: link('org_b') },
      { associated: link('org_b') },
      { associated: link('org_c') },
      { dissociated: link('org_a') },
    ]);
    expect(events.at(-1)).toBe('show deny-associations:cgr_1');
  });

  it('puts the associations back when the removal did not happen or failed', async () => {
    const back = [{ associated: { orgId: 'org_a', grantId: 'cgr_1' } }, { associated: { orgId: 'org_b', grantId: 'cgr_1' } }];
    const nothing = recorder(async () => ({ kind: 'no-longer-applies', before: deny, now: { ...deny, organization_usage: 'allow' } }));
    await runFixOptimistically(nothing.deps, orgFinding, 'remove-organizations');
    expect(nothing.writes.slice(2)).toEqual([...back, { grant: { ...deny, organization_usage: 'allow' } }]);
    const refusal = new ApiError({ status: 403, error: 'Forbidden', message: 'Insufficient scope' });
    const failed = recorder(() => Promise.reject(refusal));
    await expect(runFixOptimistically(failed.deps, orgFinding, 'remove-organizations')).rejects.toBe(refusal);
    expect(failed.writes.slice(-2)).toEqual(back);
  });

  it('turning organizations off takes allow_any_organization with it; stopping any organization only that', () => {
    const any = { ...grant, organization_usage: 'allow' as const, allow_any_organization: true };
    expect(expectedAfterFix(any, 'deny-organizations', [])).toEqual([{ grant: { ...any, organization_usage: 'deny', allow_any_organization: false } }]);
    expect(expectedAfterFix(any, 'stop-any-organization', [])).toEqual([{ grant: { ...any, allow_any_organization: false } }]);
  });
});
