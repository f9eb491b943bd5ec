import { beforeEach, describe, expect, it } from 'vitest';
import { loadPairSettings, savePairSettings } from '../compare/pair-settings-store';
import { clearStoredSession, loadRememberedDomain, loadStoredSession, saveSession } from './stored-session';

describe('stored session', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it('keeps the token only in sessionStorage, and only when the admin opts in', () => {
    saveSession({ domain: 'acme.auth0.com', token: 'a.b.c' }, false);
    expect(loadStoredSession()).toBeUndefined();
    expect(loadRememberedDomain()).toBe('acme.auth0.com');
    expect(JSON.stringify({ ...localStorage })).not.toContain('a.b.c');

    saveSession({ domain: 'acme.auth0.com', token: 'a.b.c' }, true);
    expect(loadStoredSession()).toEqual({ domain: 'acme.auth0.com', token: 'a.b.c' });
    expect(JSON.stringify({ ...localStorage })).not.toContain('a.b.c');
  });

  it('opting out later removes a token kept earlier', () => {
    saveSession({ domain: 'acme.auth0.com', token: 'a.b.c' }, true);
    saveSession({ domain: 'acme.auth0.com', token: 'a.b.c' }, false);
    expect(loadStoredSession()).toBeUndefined();
  });

  it('treats a damaged entry as no session', () => {
    sessionStorage.setItem('client-grants:session', '{not json');
    expect(loadStoredSession()).toBeUndefined();
    sessionStorage.setItem('client-grants:session', JSON.stringify({ domain: 1, token: 'x' }));
    expect(loadStoredSession()).toBeUndefined();
  });

  it('clear forgets domain and token but leaves other keys (the theme choice)', () => {
    localStorage.setItem('mui-mode', 'dark');
    saveSession({ domain: 'acme.auth0.com', token: 'a.b.c' }, true);
    clearStoredSession();
    expect(loadRememberedDomain()).toBe('');
    expect(loadStoredSession()).toBeUndefined();
    expect(localStorage.getItem('mui-mode')).toBe('dark');
  });

  it("clear forgets Compare's mappings and keyword values per pair (names and identifiers are tenant data)", () => {
    savePairSettings(localStorage, 'pair', { mappings: 'app: A => B', keywords: '{"SECRET": "x"}' });
    clearStoredSession();
    expect(loadPairSettings(localStorage, 'pair')).toBeUndefined();
  });
});
