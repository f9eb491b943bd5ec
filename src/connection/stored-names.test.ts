import { beforeEach, describe, expect, it, vi } from 'vitest';
import { clientSchema } from '../api/clients';
import { claimStoredNames, clearStoredNames, loadStoredNames, saveStoredNames } from './stored-names';
import { clearStoredSession, saveSession } from './stored-session';

const app = { client_id: 'abc', name: 'Billing', app_type: 'non_interactive', is_first_party: true };

describe('stored names', () => {
  beforeEach(() => sessionStorage.clear());

  it('keeps names per domain in this tab only, never with the token', () => {
    saveSession({ domain: 'a.auth0.com', token: 'x.y.z' }, true);
    saveStoredNames('clients', 'a.auth0.com', { savedAt: 1, items: [app] });
    expect(loadStoredNames('clients', 'a.auth0.com', clientSchema)).toEqual({ savedAt: 1, items: [app] });
    expect(loadStoredNames('clients', 'b.auth0.com', clientSchema)).toBeUndefined();
    expect(loadStoredNames('resource-servers', 'a.auth0.com', clientSchema)).toBeUndefined();
    const namesEntries = Object.keys(sessionStorage).filter((k) => k.includes('names'));
    expect(namesEntries.map((k) => sessionStorage.getItem(k)).join()).not.toContain('x.y.z');
    expect(JSON.stringify({ ...localStorage })).not.toContain('Billing');
  });

  it('a damaged or reshaped entry counts as none', () => {
    sessionStorage.setItem('client-grants:names:clients:a.auth0.com', '{oops');
    expect(loadStoredNames('clients', 'a.auth0.com', clientSchema)).toBeUndefined();
    sessionStorage.setItem('client-grants:names:clients:a.auth0.com', JSON.stringify({ savedAt: 1, items: [{}] }));
    expect(loadStoredNames('clients', 'a.auth0.com', clientSchema)).toBeUndefined();
  });

  it('what this tab wrote is taken as it is, without running the schema over every item', () => {
    saveStoredNames('clients', 'a.auth0.com', { savedAt: 1, items: [app, { ...app, client_id: 'def' }] });
    const parse = vi.spyOn(clientSchema, 'safeParse');
    expect(loadStoredNames('clients', 'a.auth0.com', clientSchema)?.items).toHaveLength(2);
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
  });

  it('an entry with fields the schema drops is read through the schema, not kept as stored', () => {
    sessionStorage.setItem(
      'client-grants:names:clients:a.auth0.com',
      JSON.stringify({ savedAt: 1, items: [app, { ...app, client_id: 'def', client_secret: 's3cret' }] }),
    );
    expect(loadStoredNames('clients', 'a.auth0.com', clientSchema)).toEqual({
      savedAt: 1,
      items: [app, { ...app, client_id: 'def' }],
    });
  });

  it('a new tenant drops the other tenants’ names; Disconnect drops all of them', () => {
    saveStoredNames('clients', 'a.auth0.com', { savedAt: 1, items: [app] });
    saveStoredNames('resource-servers', 'a.auth0.com', { savedAt: 1, items: [] });
    saveStoredNames('clients', 'b.auth0.com', { savedAt: 1, items: [app] });
    clearStoredNames('b.auth0.com');
    expect(loadStoredNames('clients', 'a.auth0.com', clientSchema)).toBeUndefined();
    expect(loadStoredNames('clients', 'b.auth0.com', clientSchema)).toBeDefined();
    clearStoredSession();
    expect(loadStoredNames('clients', 'b.auth0.com', clientSchema)).toBeUndefined();
    expect(sessionStorage.length).toBe(0);
  });

  it('over the quota, nothing half-written stays', () => {
    const full = {
      ...sessionStorage,
      getItem: (key: string) => sessionStorage.getItem(key),
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: (key: string) => sessionStorage.removeItem(key),
    } as unknown as Storage;
    sessionStorage.setItem('client-grants:names:clients:a.auth0.com', JSON.stringify({ savedAt: 0, items: [] }));
    saveStoredNames('clients', 'a.auth0.com', { savedAt: 1, items: [app] }, full);
    expect(loadStoredNames('clients', 'a.auth0.com', clientSchema)).toBeUndefined();
  });

  it("a later connection in the tab is shown the names only when they are its subject's and its scopes may read them", () => {
    const api = { id: 'rs', name: 'Orders', identifier: 'https://orders' };
    const admin = { subject: 'admin@clients', scopes: ['read:clients', 'read:resource_servers'] };
    const keep = () => {
      claimStoredNames('a.auth0.com', admin);
      saveStoredNames('clients', 'a.auth0.com', { savedAt: 1, items: [app] });
      saveStoredNames('resource-servers', 'a.auth0.com', { savedAt: 1, items: [api] });
    };
    const kept = (kind: 'clients' | 'resource-servers') => sessionStorage.getItem(`client-grants:names:${kind}:a.auth0.com`) !== null;

    keep();
    claimStoredNames('a.auth0.com', admin); // the same admin after a reload: everything stays
    expect([kept('clients'), kept('resource-servers')]).toEqual([true, true]);

    claimStoredNames('a.auth0.com', { subject: 'colleague@clients', scopes: admin.scopes });
    expect([kept('clients'), kept('resource-servers')]).toEqual([false, false]);

    keep();
    claimStoredNames('a.auth0.com', { subject: 'admin@clients', scopes: ['read:resource_servers'] });
    expect([kept('clients'), kept('resource-servers')]).toEqual([false, true]);

    keep();
    claimStoredNames('a.auth0.com', { scopes: admin.scopes }); // no subject: nobody's names but its own
    expect([kept('clients'), kept('resource-servers')]).toEqual([false, false]);
  });
});
