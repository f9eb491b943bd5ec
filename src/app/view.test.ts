import { describe, expect, it } from 'vitest';
import { parseView } from './view';

describe('parseView', () => {
  it('reads view=access and treats anything else, or nothing, as the grants table', () => {
    expect(parseView('?view=access')).toBe('access');
    expect(parseView('?view=findings')).toBe('findings');
    expect(parseView('?view=grants')).toBe('grants');
    expect(parseView('?view=bogus&page=2')).toBe('grants');
    expect(parseView('')).toBe('grants');
  });
});
