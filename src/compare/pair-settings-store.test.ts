import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../memory-storage';
import {
  comparePairsKey,
  forgetAllPairSettings,
  forgetPairSettings,
  loadPairSettings,
  pairIdentity,
  savePairSettings,
} from './pair-settings-store';

const staging = { kind: 'tenant', domain: 'staging.eu.auth0.com' } as const;
const prod = { kind: 'tenant', domain: 'prod.eu.auth0.com' } as const;
const file = { kind: 'file', names: ['grants/b.json', 'grants/a.json'] } as const;

describe('pairIdentity', () => {
  it('names each side (a tenant by domain, files by their names, in any order) and keeps the direction', () => {
    expect(pairIdentity(staging, prod).label).toBe('staging.eu.auth0.com → prod.eu.auth0.com');
    expect(pairIdentity(staging, prod).key).not.toBe(pairIdentity(prod, staging).key);
    expect(pairIdentity(file, prod).key).toBe(pairIdentity({ kind: 'file', names: ['grants/a.json', 'grants/b.json'] }, prod).key);
    // A file named like a domain is not that tenant.
    expect(pairIdentity({ kind: 'file', names: [prod.domain] }, staging).key).not.toBe(pairIdentity(prod, staging).key);
  });
});

describe('pair settings in storage', () => {
  const pair = pairIdentity(staging, prod).key;

  it('keeps mappings, and keyword values only when given, per pair', () => {
    const storage = memoryStorage();
    savePairSettings(storage, pair, { mappings: 'app: A (staging) => A' });
    savePairSettings(storage, pairIdentity(file, prod).key, { mappings: 'app: B => C', keywords: '{"SECRET": "s3"}' });
    expect(loadPairSettings(storage, pair)).toEqual({ mappings: 'app: A (staging) => A' });
    expect(loadPairSettings(storage, pairIdentity(file, prod).key)).toEqual({ mappings: 'app: B => C', keywords: '{"SECRET": "s3"}' });
    expect(loadPairSettings(storage, pairIdentity(prod, staging).key)).toBeUndefined();
  });

  it('removes a pair whose settings are emptied, and forgets one pair or all', () => {
    const storage = memoryStorage();
    savePairSettings(storage, pair, { mappings: 'app: A => B' });
    savePairSettings(storage, pair, { mappings: '  ', keywords: '' });
    expect(storage.getItem(comparePairsKey)).toBeNull();
    savePairSettings(storage, pair, { mappings: 'app: A => B' });
    savePairSettings(storage, 'other', { mappings: 'app: C => D' });
    forgetPairSettings(storage, pair);
    expect(loadPairSettings(storage, pair)).toBeUndefined();
    expect(loadPairSettings(storage, 'other')).toEqual({ mappings: 'app: C => D' });
    forgetAllPairSettings(storage);
    expect(storage.getItem(comparePairsKey)).toBeNull();
  });

  it('keeps the 50 most recent pairs', () => {
    const storage = memoryStorage();
    for (let i = 0; i < 55; i++) savePairSettings(storage, `pair${i}`, { mappings: `app: ${i} => x` }, i);
    expect(Object.keys(JSON.parse(storage.getItem(comparePairsKey) ?? '{}') as object)).toHaveLength(50);
    expect(loadPairSettings(storage, 'pair4')).toBeUndefined();
    expect(loadPairSettings(storage, 'pair5')).toEqual({ mappings: 'app: 5 => x' });
  });

  it('ignores a damaged entry, or a damaged whole, and never throws', () => {
    const storage = memoryStorage();
    for (const damaged of ['{not json', 'null', '[1]', '"text"']) {
      storage.setItem(comparePairsKey, damaged);
      expect(loadPairSettings(storage, pair)).toBeUndefined();
    }
    storage.setItem(
      comparePairsKey,
      JSON.stringify({
        [pair]: { mappings: 42, savedAt: 1 },
        good: { mappings: 'app: A => B', savedAt: 1 },
        badKeywords: { mappings: '', keywords: {}, savedAt: 1 },
        ['__proto__']: { mappings: 'app: X => Y', savedAt: 1 },
      }),
    );
    expect(loadPairSettings(storage, pair)).toBeUndefined();
    expect(loadPairSettings(storage, 'badKeywords')).toBeUndefined();
    expect(loadPairSettings(storage, 'good')).toEqual({ mappings: 'app: A => B' });
    // A key named __proto__ is only a key: nothing inherits it.
    expect(loadPairSettings(storage, '__proto__')).toEqual({ mappings: 'app: X => Y' });
    expect(({} as Record<string, unknown>).mappings).toBeUndefined();
    // Saving over a damaged store keeps the good entries and drops the bad.
    savePairSettings(storage, pair, { mappings: 'app: A => B' });
    expect(Object.keys(JSON.parse(storage.getItem(comparePairsKey) ?? '{}') as object).sort()).toEqual([pair, '__proto__', 'good'].sort());
  });

  it('keeps working when storage refuses to be written', () => {
    const storage = { ...memoryStorage(), setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } };
    expect(() => savePairSettings(storage, pair, { mappings: 'app: A => B' })).not.toThrow();
  });
});
