import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ClientGrant } from '../api/client-grants';
import { idbReadJournal, type ReadOwner } from './idb-read-journal';
import { memoryKeyValues, type KeyValues } from './key-values';

const DOMAIN = 'acme.auth0.com';
const admin: ReadOwner = { subject: 'admin@clients', scopes: ['read:client_grants', 'update:client_grants'] };
const colleague: ReadOwner = { subject: 'colleague@clients', scopes: ['read:client_grants'] };

const page = (seq: number): ClientGrant[] => [
  {
    id: `cgr_${seq}`,
    client_id: 'app',
    audience: 'https://orders',
    scope: ['read:orders'],
    subject_type: 'client',
  },
];

/** Ten pages (one saved batch) of an unfinished read, at `at`. */
async function saveTenPages(db: KeyValues, owner: ReadOwner, at: () => number) {
  const journal = idbReadJournal(DOMAIN, owner, { db, now: at });
  for (let seq = 0; seq < 10; seq++) await journal.savePage(seq, page(seq), `after-${seq}`, 50);
}

afterEach(() => vi.useRealTimers());

describe('idbReadJournal: whose saved read it is', () => {
  it('resumes a saved read only for the subject that read it', async () => {
    const db = memoryKeyValues();
    await saveTenPages(db, admin, () => 1_000);
    expect(await idbReadJournal(DOMAIN, colleague, { db, now: () => 2_000 }).load()).toBeUndefined();
    const resumed = await idbReadJournal(DOMAIN, admin, { db, now: () => 2_000 }).load();
    expect(resumed?.grants).toHaveLength(10);
    expect(resumed?.next).toBe('after-9');
    // The colleague's look did not cost the admin the saved read.
    expect(await idbReadJournal(DOMAIN, admin, { db, now: () => 2_000 }).load()).toBeDefined();
  });

  it('keeps pages as JSON in Blobs, and still resumes pages kept as arrays by the version before', async () => {
    const db = memoryKeyValues();
    await saveTenPages(db, admin, () => 1_000);
    const pageKeys = [...db.data.keys()].filter((key) => key.includes(' page '));
    expect(pageKeys).toHaveLength(10);
    expect(pageKeys.every((key) => db.data.get(key) instanceof Blob)).toBe(true);
    await db.setMany([[pageKeys[3]!, page(3)]]);
    const resumed = await idbReadJournal(DOMAIN, admin, { db, now: () => 2_000 }).load();
    expect(resumed?.grants.map((grant) => grant.id)).toEqual(Array.from({ length: 10 }, (_, seq) => `cgr_${seq}`));
    expect(resumed?.grants[3]).toEqual(page(3)[0]);
  });

  it('shows nothing to a token that may not read grants, or that has no subject, and keeps nothing for it', async () => {
    const db = memoryKeyValues();
    await saveTenPages(db, admin, () => 1_000);
    const before = [...db.data.keys()];
    const narrower = idbReadJournal(
      DOMAIN,
      { subject: 'admin@clients', scopes: ['read:clients'] },
      { db, now: () => 2_000 },
    );
    expect(await narrower.load()).toBeUndefined();
    await narrower.savePage(0, page(99), 'x', 1);
    const anonymous = idbReadJournal(DOMAIN, { scopes: ['read:client_grants'] }, { db, now: () => 2_000 });
    expect(await anonymous.load()).toBeUndefined();
    for (let seq = 0; seq < 10; seq++) await anonymous.savePage(seq, page(seq), 'y', 1);
    expect([...db.data.keys()]).toEqual(before);
  });

  it('drops reads kept in the older layout (keyed by the tenant alone), and other subjects\u2019 expired ones', async () => {
    const db = memoryKeyValues();
    await db.setMany([
      [`${DOMAIN}\n meta`, { savedAt: 1_000, pages: 1, next: 'n', total: 5, writes: [] }],
      [`${DOMAIN}\n page 0`, page(0)],
    ]);
    await saveTenPages(db, colleague, () => 1_000);
    const later = 1_000 + 31 * 60_000;
    expect(await idbReadJournal(DOMAIN, admin, { db, now: () => later }).load()).toBeUndefined();
    expect(db.data.size).toBe(0);
  });

  it('saves nothing once the connection ends, not even a page waiting for its batch', async () => {
    vi.useFakeTimers();
    const db = memoryKeyValues();
    const lifetime = new AbortController();
    const journal = idbReadJournal(DOMAIN, admin, { db, lifetime: lifetime.signal });
    await journal.savePage(0, page(0), 'after-0', 50);
    lifetime.abort();
    await vi.advanceTimersByTimeAsync(5_000);
    for (let seq = 1; seq < 12; seq++) await journal.savePage(seq, page(seq), `after-${seq}`, 50);
    await journal.saveWrite({ removedId: 'cgr_0' });
    expect(db.data.size).toBe(0);
    expect(await journal.load()).toBeUndefined();
  });

  it('remembers when the first saved page was read, across a resume', async () => {
    const db = memoryKeyValues();
    let now = 1_000;
    const first = idbReadJournal(DOMAIN, admin, { db, now: () => now });
    await first.savePage(0, page(0), 'after-0', 50);
    now = 60_000;
    for (let seq = 1; seq < 10; seq++) await first.savePage(seq, page(seq), `after-${seq}`, 50);
    now = 120_000;
    const second = idbReadJournal(DOMAIN, admin, { db, now: () => now });
    expect((await second.load())?.startedAt).toBe(1_000);
    for (let seq = 10; seq < 20; seq++) await second.savePage(seq, page(seq), `after-${seq}`, 50);
    expect((await idbReadJournal(DOMAIN, admin, { db, now: () => now }).load())?.startedAt).toBe(1_000);
  });

  it('saves the last page at once and keeps every grant, marked complete, until the read is cleared', async () => {
    const db = memoryKeyValues();
    const journal = idbReadJournal(DOMAIN, admin, { db, now: () => 1_000 });
    await journal.savePage(0, page(0), 'after-0', 2);
    await journal.savePage(1, page(1), undefined, 2);
    // No batch to wait for: a reload right after the last page (the organizations phase) finds both pages.
    const saved = await idbReadJournal(DOMAIN, admin, { db, now: () => 2_000 }).load();
    expect(saved).toMatchObject({ pages: 2, next: '', total: 2 });
    expect(saved?.grants.map((grant) => grant.id)).toEqual(['cgr_0', 'cgr_1']);
    await journal.clear();
    expect(await idbReadJournal(DOMAIN, admin, { db, now: () => 2_000 }).load()).toBeUndefined();
  });
});

