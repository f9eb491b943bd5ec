import { describe, expect, it } from 'vitest';
import { hasPrefetchHeadroom } from './prefetch-policy';

describe('hasPrefetchHeadroom', () => {
  it.each([
    ['no headers seen', undefined, false],
    ['headers hidden by CORS', {}, false],
    ['plenty left', { limit: 50, remaining: 40 }, true],
    ['a fifth left', { limit: 50, remaining: 10 }, true],
    ['near the limit', { limit: 50, remaining: 9 }, false],
    ['a free tenant with its 2 req/s bucket full is still too small', { limit: 2, remaining: 2 }, false],
    ['empty', { limit: 100, remaining: 0 }, false],
  ])('%s', (_name, info, expected) => {
    expect(hasPrefetchHeadroom(info)).toBe(expected);
  });
});
