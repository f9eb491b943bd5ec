import { describe, expect, it } from 'vitest';
import { correctAccessQuery, parseAccessSearch, serializeAccessSearch } from './access-search';

describe('access search', () => {
  it('round-trips a scope with its API and an application', () => {
    const search = { scope: { audience: 'https://api.example/v2/', value: 'delete:users' }, client_id: 'abc' };
    const params = serializeAccessSearch(search);
    expect(params.toString()).toBe('view=access&scope=delete%3Ausers&audience=https%3A%2F%2Fapi.example%2Fv2%2F&client_id=abc');
    expect(parseAccessSearch(params)).toEqual(search);
  });

  it('keeps the organization asked about as organization_id, beside the other questions', () => {
    const search = { client_id: 'abc', organization_id: 'org_abc123' };
    const params = serializeAccessSearch(search);
    expect(params.toString()).toBe('view=access&client_id=abc&organization_id=org_abc123');
    expect(parseAccessSearch(params)).toEqual(search);
    expect(parseAccessSearch(new URLSearchParams(`organization_id=${'o'.repeat(65)}`))).toEqual({});
    // Read as the grants view reads it: what cannot be an Auth0 id is dropped in both.
    expect(parseAccessSearch(new URLSearchParams('organization_id=org%20a%3C'))).toEqual({});
  });

  it('ignores a scope without its API, and blank or oversized values', () => {
    expect(parseAccessSearch(new URLSearchParams('scope=read:x'))).toEqual({});
    expect(parseAccessSearch(new URLSearchParams(`scope=${'x'.repeat(281)}&audience=a&client_id=%20`))).toEqual({});
  });

  it('leaves a canonical query alone', () => {
    expect(correctAccessQuery('view=access')).toBeUndefined();
    expect(correctAccessQuery('view=access&scope=read%3Ax&audience=https%3A%2F%2Fa&client_id=abc')).toBeUndefined();
  });

  it.each([
    ['a padded value is trimmed', 'view=access&client_id=%20abc%20', 'view=access&client_id=abc'],
    ['a repeated value is kept once', 'view=access&client_id=a&client_id=b', 'view=access&client_id=a'],
    ['a scope without its API is dropped', 'view=access&scope=read%3Ax&client_id=a', 'view=access&client_id=a'],
    ['an API without a scope is dropped', 'view=access&audience=https%3A%2F%2Fa', 'view=access'],
    ['a blank or oversized value is dropped', `view=access&client_id=%20&scope=${'x'.repeat(281)}&audience=a`, 'view=access'],
    ['a padded or repeated organization is trimmed and kept once', 'view=access&organization_id=%20org_a&organization_id=org_b', 'view=access&organization_id=org_a'],
    ['parameters the view does not own stay in place', 'view=access&page=2&client_id=%20a&x=1', 'view=access&page=2&client_id=a&x=1'],
  ])('corrects the address bar: %s', (_what, query, corrected) => {
    expect(correctAccessQuery(query)).toBe(corrected);
  });
});
