// No imports: errors.ts words PagingStopError, and the entry chunk (which may reach errors.ts) stays zod-free.
/** Auth0's largest page (paging.ts's MAX_PER_PAGE, not imported: that module brings zod). */
const PAGE = 100;

/**
 * Why a checkpoint read stopped before the tenant said it was done:
 * - `repeated-cursor`: a `next` (or log_id) already followed: the pages would go round forever;
 * - `empty-page`: a page with nothing in it that still points to a next one;
 * - `overrun`: more items than the count the tenant announced, beyond what colleagues could plausibly add;
 * - `no-cursor`: a page of log events none of which carries a log_id to go on from;
 * - `short`: the pages ended before the count the tenant announced (and still announces).
 */
export type PagingStopReason = 'repeated-cursor' | 'empty-page' | 'overrun' | 'no-cursor' | 'short';

/** A read that ended early: what it had read by then, and the count it was measured against. */
export type PagingStop = { reason: PagingStopReason; read: number; total?: number };

/**
 * Items allowed past the announced count before a read is called an overrun: a colleague may create
 * grants while a long read runs (checkpoint pages then include them), so the count is a floor.
 */
export function overrunSlack(total: number): number {
  return Math.max(PAGE, Math.ceil(total / 10));
}

/**
 * The loop guard every checkpoint read shares (tenant index, logs, Export). O(1) per page: a Set of the
 * cursors followed and a running count. A hostile or broken tenant that repeats or rewinds `next` would
 * otherwise keep a read (and the tenant's shared rate limit) busy forever.
 */
export class CursorGuard {
  private readonly seen = new Set<string>();
  private count: number;
  private readonly total?: number;

  /** `start`: the cursor the read begins from (a resumed read's checkpoint); `read`: items already read. */
  constructor({ start, total, read = 0 }: { start?: string; total?: number; read?: number } = {}) {
    if (start !== undefined) this.seen.add(start);
    this.total = total;
    this.count = read;
  }

  get read(): number {
    return this.count;
  }

  /**
   * After each page: how many items it held and the cursor it gives. Returns why the read must stop,
   * or undefined to go on (or to end normally, when `next` is undefined). The page itself is kept.
   */
  page(items: number, next: string | undefined): PagingStop | undefined {
    this.count += items;
    if (this.total !== undefined && this.count > this.total + overrunSlack(this.total))
      return this.stop('overrun');
    if (next === undefined) return undefined;
    if (items === 0) return this.stop('empty-page');
    if (this.seen.has(next)) return this.stop('repeated-cursor');
    this.seen.add(next);
    return undefined;
  }

  stop(reason: PagingStopReason): PagingStop {
    return this.total === undefined
      ? { reason, read: this.count }
      : { reason, read: this.count, total: this.total };
  }
}

const number = new Intl.NumberFormat('en');

/** What happened, for people: "the tenant sent a page cursor it had sent before (its pages loop)". */
export function pagingStopReasonText(stop: PagingStop, noun: string): string {
  switch (stop.reason) {
    case 'repeated-cursor':
      return 'the tenant sent a page cursor it had already sent, so its pages would go round in a loop';
    case 'empty-page':
      return 'the tenant sent an empty page that still pointed to a next one';
    case 'overrun':
      return `the tenant sent more ${noun} (${number.format(stop.read)}) than it counted (${number.format(stop.total ?? 0)})`;
    case 'no-cursor':
      return `the tenant sent a page of ${noun} with no log_id to go on from`;
    case 'short':
      return `the tenant’s pages ended after ${number.format(stop.read)} of the ${number.format(stop.total ?? 0)} ${noun} it counts`;
  }
}

/** "Reading stopped after 300 grants: …". */
export function pagingStopText(stop: PagingStop, noun: string): string {
  return `Reading stopped after ${number.format(stop.read)} ${noun}: ${pagingStopReasonText(stop, noun)}.`;
}

/** Thrown by a read that cannot hand back a partial answer (Export): what was read, and why it stopped. */
export class PagingStopError extends Error {
  readonly stop: PagingStop;
  readonly noun: string;
  constructor(stop: PagingStop, noun: string) {
    super(pagingStopText(stop, noun));
    this.name = 'PagingStopError';
    this.stop = stop;
    this.noun = noun;
  }
}
