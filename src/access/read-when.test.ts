import { describe, expect, it } from 'vitest';
import { readWhen } from './read-when';

const MINUTE = 60_000;

describe('readWhen', () => {
  it('a read made at once is as old as its end', () => {
    expect(readWhen(10 * MINUTE, undefined, 10 * MINUTE)).toBe('just now');
  });

  it('a read resumed after a reload says when its oldest pages were read, not only when it ended', () => {
    expect(readWhen(30 * MINUTE, 18 * MINUTE, 30 * MINUTE)).toBe(
      'from 12 minutes ago to just now (resumed after a reload)',
    );
    expect(readWhen(30 * MINUTE, 29.5 * MINUTE, 30 * MINUTE)).toBe('just now (resumed after a reload)');
  });
});
