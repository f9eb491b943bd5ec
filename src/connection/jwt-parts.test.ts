import { describe, expect, it } from 'vitest';
import { decodeJsonPart, tokenExpiresAt } from './jwt-parts';

const part = (value: unknown) => btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');

describe('tokenExpiresAt', () => {
  it('reads exp in milliseconds', () => {
    expect(tokenExpiresAt(`${part({ alg: 'RS256' })}.${part({ exp: 1_800_000_000 })}.sig`)).toBe(1_800_000_000_000);
  });

  it.each(['', 'not-a-jwt', `${part({})}.${part({ exp: '1800000000' })}.sig`, `${part({})}.!!!.sig`, `${part({})}.${part([1])}.sig`])(
    'gives undefined for %j',
    (token) => expect(tokenExpiresAt(token)).toBeUndefined(),
  );
});

describe('decodeJsonPart', () => {
  it('names the part that is wrong', () => {
    expect(decodeJsonPart('!!!', 'header')).toEqual({ ok: false, error: "The token's header is not valid base64url." });
    expect(decodeJsonPart(part('text'), 'payload')).toEqual({ ok: false, error: "The token's payload is not a JSON object." });
  });
});
