import { describe, expect, it } from 'vitest';
import { parseAccessSearch, serializeAccessSearch } from './access-search';

describe('access search', () => {
  it('round-trips a scope with its API and an application', () => {
    const search = { scope: { audience: 'https://api.example/v2/', value: 'delete:users' }, client_id: 'abc' };
    const params = serializeAccessSearch(search);
    expect(params.toString()).toBe('view=access&scope=delete%3Ausers&audience=https%3A%2F%2Fapi.example%2Fv2%2F&client_id=abc');
    expect(parseAccessSearch(params)).toEqual(search);
  });

  it('ignores a scope without its API, and blank or oversized values', () => {
    expect(parseAccessSearch(new URLSearchParams('scope=read:x'))).toEqual({});
    expect(parseAccessSearch(new URLSearchParams(`scope=${'x'.repeat(281)}&audience=a&client_id=%20`))).toEqual({});
  });
});
