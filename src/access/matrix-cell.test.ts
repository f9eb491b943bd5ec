import { describe, expect, it } from 'vitest';
import { fixtureGrant } from '../tenant-index/index-fixtures';
import { cellGrant, cellLabel, cellText, matrixCell } from './matrix-cell';

const clientGrant = fixtureGrant('cgr_c', 'app', 'orders', { scope: ['a', 'b', 'c'] });
const userGrant = fixtureGrant('cgr_u', 'app', 'orders', { scope: ['a'], subject_type: 'user' });
const allGrant = fixtureGrant('cgr_all', 'app', 'orders', { scope: undefined, allow_all_scopes: true });

describe('matrix cells', () => {
  it('are empty without a grant', () => {
    const cell = matrixCell(undefined);
    expect(cellText(cell)).toBe('');
    expect(cellGrant(cell)).toBeUndefined();
    expect(cellLabel('Billing', 'Orders API', cell)).toBe('Billing on Orders API: no grant');
  });

  it('show the scope count of a client grant, or All', () => {
    expect(cellText(matrixCell([clientGrant]))).toBe('3');
    expect(cellLabel('Billing', 'Orders API', matrixCell([clientGrant]))).toBe('Billing on Orders API: 3 scopes');
    expect(cellText(matrixCell([allGrant]))).toBe('All');
    expect(cellLabel('Billing', 'Orders API', matrixCell([allGrant]))).toBe('Billing on Orders API: all scopes');
  });

  it('show both grants when the app has a client and a user grant, and open the client grant', () => {
    const cell = matrixCell([userGrant, clientGrant]);
    expect(cellText(cell)).toBe('3 · user 1');
    expect(cellLabel('Billing', 'Orders API', cell)).toBe('Billing on Orders API: 3 scopes; user grant 1 scope');
    expect(cellGrant(cell)).toBe(clientGrant);
  });

  it('open the user grant when that is the only one', () => {
    const cell = matrixCell([userGrant]);
    expect(cellText(cell)).toBe('user 1');
    expect(cellGrant(cell)).toBe(userGrant);
  });
});
