import { describe, expect, it } from 'vitest';
import type { ClientGrant } from '../../api/client-grants';
import {
  buildCreatePayload,
  buildUpdatePayload,
  emptyGrantFormValues,
  valuesFromGrant,
  type GrantFormValues,
} from './grant-form-values';

const base: GrantFormValues = {
  ...emptyGrantFormValues,
  client_id: 'app1',
  audience: 'https://orders.example.com/',
};

describe('buildCreatePayload', () => {
  it.each<[string, Partial<GrantFormValues>, object]>([
    [
      'scopes only',
      { scope: ['read:orders'] },
      {
        client_id: 'app1',
        audience: 'https://orders.example.com/',
        subject_type: 'client',
        scope: ['read:orders'],
      },
    ],
    [
      'confirmed empty scopes are sent as []',
      { confirm_no_scopes: true },
      { client_id: 'app1', audience: 'https://orders.example.com/', subject_type: 'client', scope: [] },
    ],
    [
      'all scopes replaces the list',
      { allow_all_scopes: true },
      {
        client_id: 'app1',
        audience: 'https://orders.example.com/',
        subject_type: 'client',
        allow_all_scopes: true,
      },
    ],
    [
      'organization settings when set',
      { scope: ['a'], subject_type: 'user', organization_usage: 'require', allow_any_organization: true },
      {
        client_id: 'app1',
        audience: 'https://orders.example.com/',
        subject_type: 'user',
        scope: ['a'],
        organization_usage: 'require',
        allow_any_organization: true,
      },
    ],
  ])('%s', (_name, change, expected) => {
    expect(buildCreatePayload({ ...base, ...change })).toStrictEqual(expected);
  });

  it('never sends the form-only confirmation or unset fields', () => {
    const body = buildCreatePayload({ ...base, scope: ['a'], confirm_no_scopes: true });
    expect(Object.keys(body).sort()).toEqual(['audience', 'client_id', 'scope', 'subject_type']);
  });
});

const grant: ClientGrant = {
  id: 'cgr_1',
  client_id: 'app1',
  audience: 'https://orders.example.com/',
  scope: ['read:orders', 'write:orders'],
  subject_type: 'client',
};
const allScopesGrant: ClientGrant = { ...grant, scope: undefined, allow_all_scopes: true };

describe('buildUpdatePayload', () => {
  it.each<[string, ClientGrant, Partial<GrantFormValues>, object | undefined]>([
    ['nothing changed', grant, {}, undefined],
    ['same scopes in another order', grant, { scope: ['write:orders', 'read:orders'] }, undefined],
    ['scopes changed', grant, { scope: ['read:orders'] }, { scope: ['read:orders'] }],
    [
      'to all scopes clears the list',
      grant,
      { scope: [], allow_all_scopes: true },
      { allow_all_scopes: true, scope: [] },
    ],
    [
      'from all scopes to a list',
      allScopesGrant,
      { allow_all_scopes: false, scope: ['a'] },
      { allow_all_scopes: false, scope: ['a'] },
    ],
    ['all scopes unchanged', allScopesGrant, {}, undefined],
    ['organization usage set', grant, { organization_usage: 'allow' }, { organization_usage: 'allow' }],
    [
      'allow any organization',
      grant,
      { organization_usage: 'require', allow_any_organization: true },
      { organization_usage: 'require', allow_any_organization: true },
    ],
    [
      'allow any organization turned off',
      { ...grant, organization_usage: 'allow', allow_any_organization: true },
      { allow_any_organization: false },
      { allow_any_organization: false },
    ],
  ])('%s', (_name, before, change, expected) => {
    expect(buildUpdatePayload(before, { ...valuesFromGrant(before), ...change })).toStrictEqual(expected);
  });
});

describe('valuesFromGrant', () => {
  it('fills the form and treats an existing empty list as already confirmed', () => {
    expect(valuesFromGrant({ ...grant, scope: [], organization_usage: 'deny' })).toStrictEqual({
      client_id: 'app1',
      audience: 'https://orders.example.com/',
      subject_type: 'client',
      scope: [],
      organization_usage: 'deny',
      allow_any_organization: false,
      allow_all_scopes: false,
      confirm_no_scopes: true,
    });
  });
});
