import { describe, expect, it } from 'vitest';
import { MAX_RETRY_DELAY_MS, hasRateLimitInfo, parseRateLimit, retryDelayMs } from './rate-limit';

const NOW = Date.UTC(2025, 0, 1, 12, 0, 0);

describe('parseRateLimit', () => {
  it('reads the x-ratelimit-* headers, reset in epoch seconds → ms', () => {
    const headers = new Headers({
      'x-ratelimit-limit': '50',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String(NOW / 1000 + 3),
    });
    expect(parseRateLimit(headers, NOW)).toEqual({ limit: 50, remaining: 0, resetAt: NOW + 3000 });
  });

  it('returns an empty object when no headers are visible (CORS may hide them)', () => {
    const info = parseRateLimit(new Headers(), NOW);
    expect(info).toEqual({});
    expect(hasRateLimitInfo(info)).toBe(false);
  });

  it('reads Retry-After as seconds', () => {
    expect(parseRateLimit(new Headers({ 'retry-after': '7' }), NOW)).toEqual({ retryAfterMs: 7000 });
  });

  it('reads Retry-After as an HTTP date', () => {
    const date = new Date(NOW + 4000).toUTCString();
    expect(parseRateLimit(new Headers({ 'retry-after': date }), NOW)).toEqual({ retryAfterMs: 4000 });
  });

  it('clamps a Retry-After date in the past to 0', () => {
    const date = new Date(NOW - 60_000).toUTCString();
    expect(parseRateLimit(new Headers({ 'retry-after': date }), NOW).retryAfterMs).toBe(0);
  });

  it('ignores malformed values', () => {
    const headers = new Headers({
      'x-ratelimit-limit': 'lots',
      'x-ratelimit-remaining': '-1',
      'x-ratelimit-reset': '1.5',
      'retry-after': 'soon',
    });
    expect(parseRateLimit(headers, NOW)).toEqual({});
  });
});

describe('retryDelayMs', () => {
  it('prefers Retry-After over the reset header', () => {
    expect(retryDelayMs({ retryAfterMs: 2000, resetAt: NOW + 5000 }, 1, NOW)).toBe(2000);
  });

  it('waits until the reset when there is no Retry-After', () => {
    expect(retryDelayMs({ resetAt: NOW + 1500, remaining: 0 }, 1, NOW)).toBe(1500);
  });

  it('falls back to exponential backoff without headers', () => {
    expect([1, 2, 3].map((attempt) => retryDelayMs(undefined, attempt, NOW))).toEqual([1000, 2000, 4000]);
    expect(retryDelayMs({}, 1, NOW)).toBe(1000);
  });

  it('backs off instead of retrying at once when the reset is already past (clock skew)', () => {
    expect(retryDelayMs({ resetAt: NOW - 1000 }, 2, NOW)).toBe(2000);
  });

  it('never waits longer than the bound', () => {
    expect(retryDelayMs({ retryAfterMs: 3_600_000 }, 1, NOW)).toBe(MAX_RETRY_DELAY_MS);
    expect(retryDelayMs({ resetAt: NOW + 3_600_000 }, 1, NOW)).toBe(MAX_RETRY_DELAY_MS);
    expect(retryDelayMs(undefined, 20, NOW)).toBe(MAX_RETRY_DELAY_MS);
    expect(MAX_RETRY_DELAY_MS).toBeLessThanOrEqual(10_000);
  });

  it('honours Retry-After: 0', () => {
    expect(retryDelayMs({ retryAfterMs: 0 }, 1, NOW)).toBe(0);
  });
});
