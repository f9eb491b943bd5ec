import { describe, expect, it } from 'vitest';
import type { ResourceServer } from '../../api/resource-servers';
import { createGrantFormSchema, grantFormMessages } from './grant-form-schema';
import { emptyGrantFormValues, type GrantFormValues } from './grant-form-values';

const orders: ResourceServer = {
  id: 'rs1',
  name: 'Orders API',
  identifier: 'https://orders.example.com/',
  scopes: [{ value: 'read:orders' }, { value: 'write:orders' }, { value: 'x'.repeat(281) }],
};
const management: ResourceServer = {
  id: 'rs2',
  name: 'Auth0 Management API',
  identifier: 'https://tenant.example.com/api/v2/',
  scopes: [{ value: 'read:users' }],
  is_system: true,
};
const schema = createGrantFormSchema([orders, management]);

const valid: GrantFormValues = {
  ...emptyGrantFormValues,
  client_id: 'app1',
  audience: orders.identifier,
  scope: ['read:orders'],
};

function issues(values: GrantFormValues): Record<string, string[]> {
  const result = schema.safeParse(values);
  if (result.success) return {};
  const byPath: Record<string, string[]> = {};
  for (const issue of result.error.issues) (byPath[issue.path.join('.')] ??= []).push(issue.message);
  return byPath;
}

describe('grant form schema', () => {
  it('accepts a complete grant', () => {
    expect(issues(valid)).toEqual({});
  });

  it.each<[string, Partial<GrantFormValues>, string, string]>([
    ['application required', { client_id: '' }, 'client_id', grantFormMessages.application],
    ['API required', { audience: '', scope: [] }, 'audience', grantFormMessages.api],
    [
      'API must exist',
      { audience: 'https://gone.example.com/', scope: [] },
      'audience',
      grantFormMessages.unknownApi,
    ],
    [
      'scope subset of the API',
      { scope: ['read:orders', 'read:users'] },
      'scope',
      grantFormMessages.scopeSubset(['read:users']),
    ],
    ['scope item not empty', { scope: [''] }, 'scope', grantFormMessages.scopeLength],
    ['scope item at most 280 chars', { scope: ['x'.repeat(281)] }, 'scope', grantFormMessages.scopeLength],
    ['no scopes without confirmation', { scope: [] }, 'scope', grantFormMessages.noScopes],
    [
      'any organization needs allow/require',
      { organization_usage: 'deny', allow_any_organization: true },
      'allow_any_organization',
      grantFormMessages.anyOrganization,
    ],
    [
      'any organization not without usage',
      { allow_any_organization: true },
      'allow_any_organization',
      grantFormMessages.anyOrganization,
    ],
    [
      'all scopes not with scopes',
      { allow_all_scopes: true },
      'allow_all_scopes',
      grantFormMessages.allScopesWithScopes,
    ],
    [
      'all scopes not on a system API',
      { audience: management.identifier, scope: [], allow_all_scopes: true },
      'allow_all_scopes',
      grantFormMessages.allScopesSystem,
    ],
  ])('%s', (_name, change, path, message) => {
    expect(issues({ ...valid, ...change })[path]).toContain(message);
  });

  it.each<[string, Partial<GrantFormValues>]>([
    ['no scopes once confirmed', { scope: [], confirm_no_scopes: true }],
    ['all scopes alone on an ordinary API', { scope: [], allow_all_scopes: true }],
    ['any organization with allow', { organization_usage: 'allow', allow_any_organization: true }],
    ['any organization with require', { organization_usage: 'require', allow_any_organization: true }],
    ['user subject type', { subject_type: 'user' }],
  ])('accepts %s', (_name, change) => {
    expect(issues({ ...valid, ...change })).toEqual({});
  });

  it('accepts a scope of exactly 280 characters when the API defines it', () => {
    const long = 'y'.repeat(280);
    const api = { ...orders, scopes: [{ value: long }] };
    expect(createGrantFormSchema([api]).safeParse({ ...valid, scope: [long] }).success).toBe(true);
  });

  it('does not ask for scopes before an API is chosen (the API error says what to do)', () => {
    expect(issues({ ...valid, audience: '', scope: [] }).scope).toBeUndefined();
  });
});
