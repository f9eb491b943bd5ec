import { describe, expect, it } from 'vitest';
import type { ClientGrant } from '../api/client-grants';
import { changesText, grantChanges } from './grant-changes';

const grant: ClientGrant = { id: 'cgr_1', client_id: 'a', audience: 'https://api', subject_type: 'client', scope: ['b', 'a'] };

describe('grantChanges', () => {
  it('names scopes added and removed, "all scopes" and organization settings; nothing for the same grant', () => {
    expect(grantChanges(grant, { ...grant, scope: ['a', 'b'] })).toEqual([]);
    expect(grantChanges(grant, { ...grant, scope: ['a', 'd', 'c'] })).toEqual(['scopes added: c, d', 'scopes removed: b']);
    expect(grantChanges(grant, { ...grant, scope: undefined, allow_all_scopes: true })).toEqual(['it now allows all scopes', 'scopes removed: a, b']);
    expect(grantChanges(grant, { ...grant, organization_usage: 'allow' })).toEqual(['its organization settings changed']);
  });

  it('says the app or API changed when the grant itself did not', () => {
    expect(changesText(grant, grant)).toBe('its application or API changed since the finding');
    expect(changesText(grant, { ...grant, scope: ['a'] })).toBe('since the finding, scopes removed: b');
  });
});
