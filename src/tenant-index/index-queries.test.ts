import { describe, expect, it } from 'vitest';
import type { ClientGrant } from '../api/client-grants';
import { applicationAccess, holdersOf, matrixColumns, scopeOptions } from './index-queries';
import { createTenantIndex, putApis, putClients, putGrants, removeGrant } from './tenant-index';

const orders = {
  id: 'rs1',
  name: 'Orders API',
  identifier: 'https://orders',
  scopes: [{ value: 'read:orders' }, { value: 'delete:orders' }],
};
const billing = {
  id: 'rs2',
  name: 'Billing API',
  identifier: 'https://billing',
  scopes: [{ value: 'read:orders' }],
};
const grant = (id: string, extra: Partial<ClientGrant>): ClientGrant => ({
  id,
  audience: 'https://orders',
  subject_type: 'client',
  ...extra,
});

function fixture() {
  const index = createTenantIndex();
  putApis(index, [orders, billing]);
  putClients(index, [
    { client_id: 'a', name: 'Alpha', app_type: 'non_interactive' },
    { client_id: 'b', name: 'beta', app_type: 'spa' },
    { client_id: 't', name: 'Third', app_type: 'regular_web', is_first_party: false },
  ]);
  putGrants(index, [
    grant('g1', { client_id: 'b', scope: ['read:orders'] }),
    grant('g2', { client_id: 'a', scope: ['read:orders', 'delete:orders'] }),
    grant('g3', { client_id: 'a', audience: 'https://billing', scope: ['read:orders'] }),
    grant('g4', { client_id: 'b', allow_all_scopes: true, subject_type: 'user' }),
    grant('g5', { client_id: 'gone', scope: ['legacy:scope'] }),
    grant('g6', { default_for: 'third_party_clients', audience: 'https://billing', scope: ['read:orders'] }),
    grant('g7', { client_id: 'a', audience: 'https://deleted-api', scope: ['x'] }),
  ]);
  return index;
}

describe('holdersOf', () => {
  it('lists grants that name the scope and those holding all scopes of that API, by application name', () => {
    const holders = holdersOf(fixture(), 'https://orders', 'read:orders');
    expect(holders.map((h) => [h.grant.id, h.viaAllScopes])).toEqual([
      ['g2', false],
      ['g1', false],
      ['g4', true],
    ]);
  });

  it('keeps a scope of the same name on another API apart', () => {
    expect(holdersOf(fixture(), 'https://billing', 'read:orders').map((h) => h.grant.id)).toEqual([
      'g6',
      'g3',
    ]);
  });

  it('follows writes: a removed grant no longer holds, a changed one holds what it now lists', () => {
    const index = fixture();
    removeGrant(index, 'g2');
    putGrants(index, [grant('g1', { client_id: 'b', scope: ['delete:orders'] })]);
    expect(holdersOf(index, 'https://orders', 'read:orders').map((h) => h.grant.id)).toEqual(['g4']);
    expect(holdersOf(index, 'https://orders', 'delete:orders').map((h) => h.grant.id)).toEqual(['g1', 'g4']);
  });
});

describe('scopeOptions', () => {
  it('offers every defined scope per API and marks scopes only grants still hold', () => {
    const options = scopeOptions(fixture()).map((o) => `${o.apiName}|${o.value}|${o.defined}`);
    expect(options).toEqual([
      'Billing API|read:orders|true',
      'https://deleted-api|x|false',
      'Orders API|delete:orders|true',
      'Orders API|legacy:scope|false',
      'Orders API|read:orders|true',
    ]);
  });
});

describe('applicationAccess', () => {
  it("lists an app's own grants, and default_for grants only when the app is third-party", () => {
    const index = fixture();
    expect(applicationAccess(index, 'a').map((r) => r.grant.id)).toEqual(['g3', 'g7', 'g2']);
    expect(applicationAccess(index, 't').map((r) => [r.grant.id, r.viaThirdParty])).toEqual([['g6', true]]);
  });
});

describe('matrixColumns', () => {
  it('names APIs, then audiences no API has any more', () => {
    expect(matrixColumns(fixture()).map((c) => [c.name, c.missing])).toEqual([
      ['Billing API', false],
      ['Orders API', false],
      ['https://deleted-api', true],
    ]);
  });
});

describe('the pickers’ versions', () => {
  it('move with names and (API, scope) pairs, not with every page of grants', () => {
    const index = createTenantIndex();
    putApis(index, [orders]);
    putClients(index, [{ client_id: 'a', name: 'Alpha', app_type: 'non_interactive' }]);
    const names = index.namesVersion;
    putGrants(index, [grant('g1', { client_id: 'a', scope: ['read:orders'] })]);
    const pairs = index.scopeKeysVersion;
    // Same pair again, another grant: the scope list is unchanged.
    putGrants(index, [grant('g2', { client_id: 'a', scope: ['read:orders'] })]);
    expect(index.scopeKeysVersion).toBe(pairs);
    expect(index.namesVersion).toBe(names);
    // A new pair, then the last holder of a pair gone: the list changes both times.
    putGrants(index, [grant('g3', { client_id: 'a', scope: ['write:orders'] })]);
    expect(index.scopeKeysVersion).toBe(pairs + 1);
    removeGrant(index, 'g3');
    expect(index.scopeKeysVersion).toBe(pairs + 2);
    removeGrant(index, 'g2');
    expect(index.scopeKeysVersion).toBe(pairs + 2);
    putClients(index, [{ client_id: 'b', name: 'Beta', app_type: 'spa' }]);
    expect(index.namesVersion).toBe(names + 1);
  });
});
