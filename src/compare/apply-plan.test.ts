import { describe, expect, it } from 'vitest';
import { buildApplyPlan, withinScopes, type TargetTenant } from './apply-plan';
import { grant } from './compare-fixture';
import { compareGrants } from './diff';

const ORDERS = 'https://orders.example.com';
const target = (
  clients: [string, string][],
  apis: [string, string[]][] = [[ORDERS, ['read:orders', 'write:orders']]],
): TargetTenant => ({
  clients: clients.map(([client_id, name]) => ({ client_id, name })),
  apis: new Map(
    apis.map(([identifier, scopes]) => [identifier, { scopes: scopes.map((value) => ({ value })) }]),
  ),
});

describe('buildApplyPlan', () => {
  it('creates what is only in the source with the target application id, updates what changed, deletes what is only in the target', () => {
    const diff = compareGrants(
      [
        grant({ appName: 'Billing', clientId: 'src_b' }),
        grant({ appName: 'Shop', clientId: 'src_s', scopes: ['read:orders', 'write:orders'] }),
      ],
      [
        grant({ appName: 'Shop', clientId: 'tgt_s', origin: 'cgr_shop' }),
        grant({ appName: 'Old', clientId: 'tgt_o', origin: 'cgr_old' }),
      ],
    );
    const plan = buildApplyPlan(
      diff.rows,
      target([
        ['tgt_b', 'Billing'],
        ['tgt_s', 'Shop'],
        ['tgt_o', 'Old'],
      ]),
    );
    expect(
      plan.map((e) => [e.label.split(' ')[0], e.action, e.status, e.grantId ?? e.identity.client_id]),
    ).toEqual([
      ['Billing', 'create', 'pending', 'tgt_b'],
      ['Old', 'delete', 'pending', 'cgr_old'],
      ['Shop', 'update', 'pending', 'cgr_shop'],
    ]);
    const update = plan.find((e) => e.action === 'update');
    expect(update?.before?.scopes).toEqual(['read:orders']);
    expect(update?.intended?.scopes).toEqual(['read:orders', 'write:orders']);
  });

  it('skips a create whose application or API is missing in the target, or whose scopes the API does not define, saying why', () => {
    const diff = compareGrants(
      [
        grant({ appName: 'Gone', clientId: 'a' }),
        grant({ appName: 'Billing', clientId: 'b', audience: 'https://missing.example.com' }),
        grant({
          appName: 'Billing',
          clientId: 'b',
          scopes: ['read:orders', 'admin:orders'],
          subjectType: 'user',
        }),
      ],
      [],
    );
    const plan = buildApplyPlan(diff.rows, target([['t', 'Billing']]));
    expect(plan.map((e) => [e.status, e.reason])).toEqual([
      ['skipped', 'No API "https://missing.example.com" in the target'],
      ['skipped', "The target's API does not define admin:orders"],
      ['skipped', 'No application named "Gone" in the target'],
    ]);
  });

  it('never guesses between two target applications with one name', () => {
    const diff = compareGrants([grant({ appName: 'Twin', clientId: 'a' })], []);
    const [entry] = buildApplyPlan(
      diff.rows,
      target([
        ['t1', 'Twin'],
        ['t2', 'Twin'],
      ]),
    );
    expect(entry?.status).toBe('skipped');
    expect(entry?.reason).toMatch(/2 applications are named "Twin" in the target/);
    expect(entry?.identity.client_id).toBeUndefined();
  });

  it('applies the mappings: a staging name and identifier create the grant under the target names', () => {
    const staging = 'https://orders.staging.example.com';
    const diff = compareGrants(
      [grant({ appName: 'Billing (staging)', clientId: 'a', audience: staging })],
      [],
      [
        { kind: 'application', source: 'Billing (staging)', target: 'Billing' },
        { kind: 'api', source: staging, target: ORDERS },
      ],
    );
    const [entry] = buildApplyPlan(diff.rows, target([['t_b', 'Billing']]));
    expect(entry).toMatchObject({
      status: 'pending',
      action: 'create',
      identity: { client_id: 't_b', audience: ORDERS, subject_type: 'client' },
    });
  });

  it('without the target\'s organizations read, notes associations as not applied and skips a row where only they differ', () => {
    const diff = compareGrants(
      [
        grant({ clientId: 'a', organizations: ['Acme'] }),
        grant({ appName: 'New', clientId: 'n', organizations: ['Acme'] }),
      ],
      [grant({ clientId: 'b', organizations: [], origin: 'cgr_1' })],
    );
    const plan = buildApplyPlan(
      diff.rows,
      target([
        ['b', 'Billing'],
        ['t_n', 'New'],
      ]),
    );
    expect(plan.map((e) => [e.action, e.status, e.reason, e.notApplied?.length, e.organizations])).toEqual([
      ['update', 'skipped', 'Only organization associations differ, and none of them can be applied', 1, undefined],
      ['create', 'pending', undefined, 1, undefined],
    ]);
  });

  it('associates and removes organizations by their names in the target, never guessing between two of a name', () => {
    const diff = compareGrants(
      [
        grant({ clientId: 'a', organizations: ['Acme', 'Globex', 'Twice'] }),
        grant({ appName: 'New', clientId: 'n', organizations: ['Acme', 'Missing'] }),
      ],
      [
        grant({ clientId: 'b', organizations: ['Initech'], origin: 'cgr_1' }),
        grant({ appName: 'Old', clientId: 'o', organizations: ['Acme'], origin: 'cgr_old' }),
      ],
    );
    const plan = buildApplyPlan(diff.rows, {
      ...target([
        ['b', 'Billing'],
        ['t_n', 'New'],
        ['o', 'Old'],
      ]),
      organizations: [
        { id: 'org_acme', name: 'Acme' },
        { id: 'org_globex', name: 'Globex' },
        { id: 'org_initech', name: 'Initech' },
        { id: 'org_t1', name: 'Twice' },
        { id: 'org_t2', name: 'Twice' },
      ],
    });
    const byAction = Object.fromEntries(plan.map((e) => [e.action, e]));
    // Only the associations differ on Billing: it is applied, as association changes alone.
    expect(byAction.update).toMatchObject({
      status: 'pending',
      organizations: {
        associate: [
          { id: 'org_acme', name: 'Acme' },
          { id: 'org_globex', name: 'Globex' },
        ],
        remove: [{ id: 'org_initech', name: 'Initech' }],
      },
      notApplied: ['2 organizations are named "Twice" in the target: not associated (which one is unknown).'],
    });
    expect(byAction.create).toMatchObject({
      status: 'pending',
      organizations: { associate: [{ id: 'org_acme', name: 'Acme' }], remove: [] },
      notApplied: ['No organization named "Missing" in the target: not associated.'],
    });
    // A delete keeps the grant's organizations, for Undo to associate the recreated grant with them again.
    expect(byAction.delete).toMatchObject({ organizationsBefore: [{ id: 'org_acme', name: 'Acme' }] });
  });

  it("skips up front what the target's token may not write, naming the scope", () => {
    const diff = compareGrants(
      [grant({ clientId: 'a' })],
      [grant({ appName: 'Old', clientId: 'o', origin: 'cgr_old' })],
    );
    const plan = withinScopes(
      buildApplyPlan(
        diff.rows,
        target([
          ['t', 'Billing'],
          ['o', 'Old'],
        ]),
      ),
      ['create:client_grants'],
    );
    expect(plan.map((e) => [e.action, e.status, e.reason])).toEqual([
      ['create', 'pending', undefined],
      ['delete', 'skipped', "The target's token may not do this (needs delete:client_grants)"],
    ]);
  });
});
