import { describe, expect, it } from 'vitest';
import type { ClientGrant } from '../../api/client-grants';
import { describeGrantChanges, formatScopeChanges, scopeChanges } from './grant-changes';
import { valuesFromGrant } from './grant-form-values';

const grant: ClientGrant = {
  id: 'cgr_1',
  client_id: 'app1',
  audience: 'https://orders.example.com/',
  scope: ['read:orders', 'write:orders'],
  subject_type: 'client',
};

describe('scope changes', () => {
  it('lists added then removed, keeping their order', () => {
    const changes = scopeChanges(['a', 'b', 'c'], ['c', 'd', 'a']);
    expect(changes).toEqual({ added: ['d'], removed: ['b'] });
    expect(formatScopeChanges(changes)).toBe('+ d, − b');
  });

  it('is empty when only the order differs', () => {
    expect(formatScopeChanges(scopeChanges(['a', 'b'], ['b', 'a']))).toBe('');
  });
});

describe('describeGrantChanges', () => {
  it('is empty when nothing changed', () => {
    expect(describeGrantChanges(grant, valuesFromGrant(grant))).toEqual([]);
  });

  it('summarises scopes and organization settings', () => {
    const values = {
      ...valuesFromGrant(grant),
      scope: ['read:orders', 'read:invoices'],
      organization_usage: 'allow' as const,
      allow_any_organization: true,
    };
    expect(describeGrantChanges(grant, values)).toEqual([
      'Scopes: + read:invoices, − write:orders',
      'Organization usage: not set → allow',
      'Allow any organization: off → on',
    ]);
  });

  it('names the switch to all scopes and the scopes that stop being listed', () => {
    const values = { ...valuesFromGrant(grant), scope: [], allow_all_scopes: true };
    expect(describeGrantChanges(grant, values)).toEqual([
      'All scopes: off → on',
      'Scopes: − read:orders, − write:orders',
    ]);
  });
});
