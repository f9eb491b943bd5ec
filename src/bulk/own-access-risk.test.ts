import { describe, expect, it } from 'vitest';
import { planBulk } from './bulk-plan';
import { grant } from './bulk-test-kit';
import { deleteRisk, scopeChangeRisk } from './own-access-risk';

const mgmt = 'https://acme.eu.auth0.com/api/v2/';
const own = grant('own', ['read:client_grants', 'update:client_grants', 'read:users'], { client_id: 'dash', audience: mgmt });

describe("the dashboard's own grant in a batch", () => {
  it('Change scopes: only removing a scope the dashboard needs from its own Management API grant', () => {
    const risk = (delta: { add: string[]; remove: string[] }, grants = [own], clientId: string | null = 'dash') =>
      scopeChangeRisk(planBulk(grants, delta, true), delta, clientId ?? undefined)?.loss;
    expect(risk({ add: [], remove: ['update:client_grants', 'read:users'] })).toEqual(['edit grants (update:client_grants)']);
    expect(risk({ add: [], remove: ['read:users'] })).toBeUndefined();
    expect(risk({ add: ['delete:client_grants'], remove: [] })).toBeUndefined();
    expect(risk({ add: [], remove: ['update:client_grants'] }, [own], 'someone-else')).toBeUndefined();
    expect(risk({ add: [], remove: ['update:client_grants'] }, [own], null)).toBeUndefined();
    // The same app on another API: not what gives the dashboard its access.
    expect(risk({ add: [], remove: ['update:client_grants'] }, [{ ...own, audience: 'https://orders' }])).toBeUndefined();
  });

  it('Delete: the own grant, unless it is a system grant (skipped anyway)', () => {
    expect(deleteRisk([grant('a', ['x']), own], 'dash')).toMatchObject({ grant: own });
    expect(deleteRisk([own], 'dash')?.loss).toContain('list or read grants (read:client_grants)');
    expect(deleteRisk([{ ...own, is_system: true }], 'dash')).toBeUndefined();
    expect(deleteRisk([grant('a', ['x'])], 'dash')).toBeUndefined();
  });
});
