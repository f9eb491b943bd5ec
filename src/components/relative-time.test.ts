import { describe, expect, it } from 'vitest';
import { relativeTime } from './relative-time';

describe('relativeTime', () => {
  it('says how long ago, in the largest whole unit', () => {
    expect(relativeTime(0, 30_000)).toBe('just now');
    expect(relativeTime(0, 60_000)).toBe('1 minute ago');
    expect(relativeTime(0, 150_000)).toBe('2 minutes ago');
    expect(relativeTime(0, 3 * 3_600_000 + 5)).toBe('3 hours ago');
    expect(relativeTime(0, 86_400_000)).toBe('yesterday');
  });

  it('takes a date up to a minute ahead for clocks that disagree', () => {
    expect(relativeTime(10_000, 0)).toBe('just now');
    expect(relativeTime(59_999, 0)).toBe('just now');
  });

  it('says a date further ahead is in the future, never "just now"', () => {
    expect(relativeTime(60_000, 0)).toBe('1 minute in the future');
    expect(relativeTime(3 * 3_600_000 + 5, 0)).toBe('3 hours in the future');
    expect(relativeTime(400 * 86_400_000, 0)).toBe('400 days in the future');
  });
});
