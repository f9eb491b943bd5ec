import { describe, expect, it } from 'vitest';
import { buildIndex, fixtureApi, fixtureClient, fixtureGrant } from '../tenant-index/index-fixtures';
import { matrixModel } from './matrix-model';

const index = buildIndex({
  clients: [
    fixtureClient('c_web', { name: 'Web', app_type: 'regular_web' }),
    fixtureClient('c_billing', { name: 'Billing', app_type: 'non_interactive' }),
    fixtureClient('c_legacy', { name: 'Legacy', app_type: undefined }),
  ],
  apis: [fixtureApi('orders', { name: 'Orders API' })],
  grants: [fixtureGrant('g1', 'c_billing', 'orders'), fixtureGrant('g2', 'c_billing', 'gone')],
});

describe('matrixModel', () => {
  it('lists applications by name, APIs then deleted audiences, and the app types present', () => {
    const model = matrixModel(index, index.version);
    expect(model.version).toBe(index.version);
    expect(model.clients.map((client) => client.name)).toEqual(['Billing', 'Legacy', 'Web']);
    expect(model.columns).toEqual([
      { audience: 'orders', name: 'Orders API', missing: false },
      { audience: 'gone', name: 'gone', missing: true },
    ]);
    expect(model.appTypes).toEqual(['non_interactive', 'regular_web']);
  });

  it("computes a row's cells once and keeps them for the version", () => {
    const model = matrixModel(index, index.version);
    const cells = model.cellsOf('c_billing');
    expect([...cells.keys()].sort()).toEqual(['gone', 'orders']);
    expect(model.cellsOf('c_billing')).toBe(cells);
    expect(model.cellsOf('c_web').size).toBe(0);
  });
});
