import { describe, expect, it } from 'vitest';
import { correctViewQuery, parseView } from './view';

describe('parseView', () => {
  it('reads view=access and treats anything else, or nothing, as the grants table', () => {
    expect(parseView('?view=access')).toBe('access');
    expect(parseView('?view=findings')).toBe('findings');
    expect(parseView('?view=compare')).toBe('compare');
    expect(parseView('?view=grants')).toBe('grants');
    expect(parseView('?view=bogus&page=2')).toBe('grants');
    expect(parseView('')).toBe('grants');
  });

  it('takes a padded value, as the grants view takes its parameters', () => {
    expect(parseView('?view=%20findings%20')).toBe('findings');
  });
});

describe('correctViewQuery', () => {
  it('leaves a canonical query alone', () => {
    expect(correctViewQuery('')).toBeUndefined();
    expect(correctViewQuery('view=findings')).toBeUndefined();
    expect(correctViewQuery('client_id=a&view=access')).toBeUndefined();
  });

  it.each([
    ['a padded view is trimmed', 'view=%20findings%20', 'view=findings'],
    ['a repeated view is kept once, the first', 'view=findings&page=2&view=access', 'view=findings&page=2'],
    ['an unknown view is dropped (the grants table shows)', 'view=bogus&page=2', 'page=2'],
    ['the default view is left out', 'view=grants&client_id=a', 'client_id=a'],
    ['the place of the view is kept', 'x=1&view=%20access&y=2', 'x=1&view=access&y=2'],
  ])('corrects the address bar: %s', (_what, query, corrected) => {
    expect(correctViewQuery(query)).toBe(corrected);
  });
});
