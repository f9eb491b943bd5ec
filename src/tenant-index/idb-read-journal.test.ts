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

const sleepThen = <T>(ms: number, then: () => Promise<T>) =>
  new Promise((resolve) => setTimeout(resolve, ms)).then(then);

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

  it('keeps each saved batch of pages as one Blob of JSON, and a resumed read adds its batches after it', async () => {
    const db = memoryKeyValues();
    await saveTenPages(db, admin, () => 1_000);
    const keysOf = (what: string) => [...db.data.keys()].filter((key) => key.includes(` ${what} `));
    // One file in Chromium's IndexedDB per batch, not per page.
    expect(keysOf('page')).toEqual([]);
    expect(keysOf('batch')).toHaveLength(1);
    expect(db.data.get(keysOf('batch')[0]!)).toBeInstanceOf(Blob);
    const resumed = idbReadJournal(DOMAIN, admin, { db, now: () => 2_000 });
    expect((await resumed.load())?.grants).toHaveLength(10);
    for (let seq = 10; seq < 20; seq++) await resumed.savePage(seq, page(seq), `after-${seq}`, 50);
    expect(keysOf('batch')).toHaveLength(2);
    const again = await idbReadJournal(DOMAIN, admin, { db, now: () => 3_000 }).load();
    expect(again?.grants.map((grant) => grant.id)).toEqual(
      Array.from({ length: 20 }, (_, seq) => `cgr_${seq}`),
    );
    expect(again).toMatchObject({ pages: 20, next: 'after-19' });
  });

  it('resumes a read saved a page per key by the version before (Blobs, or arrays older still), then saves batches', async () => {
    const db = memoryKeyValues();
    const prefix = `${DOMAIN}\n${encodeURIComponent(admin.subject!)}\n`;
    const pages = Array.from({ length: 3 }, (_, seq) => page(seq));
    await db.setMany([
      [`${prefix} page 0`, new Blob([JSON.stringify(pages[0])])],
      [`${prefix} page 1`, pages[1]],
      [`${prefix} page 2`, new Blob([JSON.stringify(pages[2])])],
      [
        `${prefix} meta`,
        {
          savedAt: 1_000,
          startedAt: 900,
          subject: admin.subject,
          pages: 3,
          next: 'after-2',
          total: 50,
          writes: [],
        },
      ],
    ]);
    const journal = idbReadJournal(DOMAIN, admin, { db, now: () => 2_000 });
    expect((await journal.load())?.grants).toEqual(pages.flat());
    for (let seq = 3; seq < 13; seq++) await journal.savePage(seq, page(seq), `after-${seq}`, 50);
    const again = await idbReadJournal(DOMAIN, admin, { db, now: () => 3_000 }).load();
    expect(again?.grants.map((grant) => grant.id)).toEqual(
      Array.from({ length: 13 }, (_, seq) => `cgr_${seq}`),
    );
  });

  it('lists a batch the timer is still saving in the next save too (both land; the read resumes whole)', async () => {
    vi.useFakeTimers();
    const memory = memoryKeyValues();
    // Each save takes 10 ms, so the batch of ten starts while the timer's save is still on its way.
    const db: KeyValues = { ...memory, setMany: (entries) => sleepThen(10, () => memory.setMany(entries)) };
    const journal = idbReadJournal(DOMAIN, admin, { db, now: () => 1_000 });
    for (let seq = 0; seq < 3; seq++) await journal.savePage(seq, page(seq), `after-${seq}`, 50);
    await vi.advanceTimersByTimeAsync(1_000);
    const batchOfTen = Promise.all(
      Array.from({ length: 10 }, (_, i) => journal.savePage(3 + i, page(3 + i), `after-${3 + i}`, 50)),
    );
    await vi.advanceTimersByTimeAsync(50);
    await batchOfTen;
    vi.useRealTimers();
    const resumed = await idbReadJournal(DOMAIN, admin, { db: memory, now: () => 2_000 }).load();
    expect(resumed?.grants.map((grant) => grant.id)).toEqual(
      Array.from({ length: 13 }, (_, seq) => `cgr_${seq}`),
    );
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
