import { describe, expect, it } from 'vitest';
import type { ClientGrant } from '../../api/client-grants';
import { formatLifetimeHours } from '../token-lifetime';
import { createdMessage, holdsNote, mergedNote, recoveredCreateNote, savedNote } from './grant-messages';

const grant: ClientGrant = {
  id: 'cgr_1',
  client_id: 'a',
  audience: 'https://o/',
  subject_type: 'client',
  scope: ['read:orders'],
};

describe('grant messages', () => {
  it('names the grant and says a new token is needed', () => {
    expect(createdMessage(grant, 'Billing Service', 'Orders API')).toBe(
      'Granted Billing Service access to Orders API (read:orders). The app must request a new token to get these scopes.',
    );
  });

  it('shortens long scope lists and names all scopes', () => {
    expect(createdMessage({ ...grant, scope: ['a', 'b', 'c', 'd', 'e'] }, 'X', 'Y')).toContain(
      '(a, b, c and 2 more)',
    );
    expect(createdMessage({ ...grant, scope: undefined, allow_all_scopes: true }, 'X', 'Y')).toContain(
      '(all scopes)',
    );
  });

  it.each([
    [86_400, '24 hours'],
    [3_600, '1 hour'],
    [5_400, '1.5 hours'],
  ])('formats %i seconds as %s', (seconds, text) => {
    expect(formatLifetimeHours(seconds)).toBe(text);
  });

  it('gives the API token lifetime in the saved note', () => {
    expect(savedNote({ name: 'Orders API', token_lifetime: 7_200 })).toBe(
      'Tokens already issued keep their old scopes until they expire (up to 2 hours for Orders API); the app must request a new token to get the new scopes.',
    );
    // An API that sets no lifetime has Auth0's default of 86,400 s; a deleted API has none to give.
    expect(savedNote({ name: 'Orders API' })).toContain('(up to 24 hours for Orders API)');
    expect(savedNote(undefined)).toMatch(/^Tokens already issued keep their old scopes until they expire;/);
  });

  it('says in full what the tenant holds after a write', () => {
    expect(holdsNote({ ...grant, scope: ['a', 'b', 'c', 'd'] })).toBe('The tenant now holds: a, b, c, d.');
    expect(holdsNote({ ...grant, scope: [], organization_usage: 'require', allow_any_organization: true })).toBe(
      'The tenant now holds: no scopes; organization usage require, any organization.',
    );
    expect(holdsNote({ ...grant, scope: undefined, allow_all_scopes: true })).toBe('The tenant now holds: all scopes.');
  });

  it("names the other admin's change that a save was applied on top of", () => {
    expect(mergedNote(['Scopes: − read:payments'])).toBe(
      'Someone else had changed this grant since you opened it (Scopes: − read:payments); only your changes were applied on top of theirs.',
    );
  });

  it('prefixes a recovered create, and nothing otherwise', () => {
    expect(recoveredCreateNote('lost')).toMatch(/^Created; the response was lost/);
    expect(recoveredCreateNote('exists')).toMatch(/^Created: the tenant answered "already exists"/);
    expect(recoveredCreateNote(undefined)).toBe('');
  });
});
