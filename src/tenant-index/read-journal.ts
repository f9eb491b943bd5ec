import type { ClientGrant } from '../api/client-grants';
import type { IndexWrite } from './index-writes';

/** An unfinished read of the tenant, as kept across a reload: the grants so far and where to go on from. */
export type SavedRead = {
  grants: ClientGrant[];
  pages: number;
  /** Where the grants go on from; '' when every grant was read (the read was in its organizations phase). */
  next: string;
  total: number;
  writes: IndexWrite[];
  /** When the first saved page was read (epoch ms): a resumed read's oldest part is this old. */
  startedAt: number;
};

/**
 * Where a tenant read keeps its progress, so a reload in the middle of a long read (1,000 pages on a
 * large tenant) goes on from the last page instead of starting over. Only unfinished reads are kept: the
 * grants stay saved through the organizations phase after them, until the store clears the finished read.
 */
export interface ReadJournal {
  load(): Promise<SavedRead | undefined>;
  /** Called after each page; `next` undefined: the grants' last page (saved as complete, next ''). */
  savePage(seq: number, grants: ClientGrant[], next: string | undefined, total: number): Promise<void>;
  /** A write made in this dashboard while the read was unfinished: replayed over the saved pages. */
  saveWrite(write: IndexWrite): Promise<void>;
  clear(): Promise<void>;
}

/** No journal (tests, or a browser without IndexedDB): every read starts from the beginning. */
export const noJournal: ReadJournal = {
  load: async () => undefined,
  savePage: async () => {},
  saveWrite: async () => {},
  clear: async () => {},
};

/** In memory, with the same rules as the IndexedDB one: for unit tests. */
export function memoryJournal(now: () => number = Date.now): ReadJournal & { pages: ClientGrant[][] } {
  let meta: { next: string; total: number; writes: IndexWrite[]; startedAt: number } | undefined;
  const pages: ClientGrant[][] = [];
  return {
    pages,
    load: async () =>
      meta ? { grants: pages.flat(), pages: pages.length, ...meta, writes: [...meta.writes] } : undefined,
    savePage: async (seq, grants, next, total) => {
      pages[seq] = grants;
      meta = {
        next: next ?? '',
        total,
        writes: meta?.writes ?? [],
        startedAt: seq === 0 || !meta ? now() : meta.startedAt,
      };
    },
    saveWrite: async (write) => void meta?.writes.push(write),
    clear: async () => void ((meta = undefined), (pages.length = 0)),
  };
}
