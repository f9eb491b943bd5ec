import type { Rewrite, RewriteRule } from './tenant-proxy.ts';

// Response rewrites for the fault proxy: what a broken or hostile tenant does to checkpoint pages.

type Body = Record<string, unknown> | unknown[];

/** The items of a page: a bare array (logs) or the envelope's `client_grants` / `logs`. */
function itemsOf(body: Body): Record<string, unknown>[] {
  if (Array.isArray(body)) return body as Record<string, unknown>[];
  return (body.client_grants ?? body.logs ?? []) as Record<string, unknown>[];
}

/** Checkpoint pages of grants (`take`, with or without `from`): what the tenant read and Export ask for. */
export const grantPages = (rewrite: Rewrite, times = 1): RewriteRule => ({
  method: 'GET',
  path: /^\/api\/v2\/client-grants$/,
  when: (query) => query.has('take'),
  rewrite,
  times,
});

/** Checkpoint pages of log events (`from`): what the Findings view's read of the logs asks for. */
export const logPages = (rewrite: Rewrite, times = 1): RewriteRule => ({
  method: 'GET',
  path: /^\/api\/v2\/logs$/,
  when: (query) => query.has('from'),
  rewrite,
  times,
});

/** A short page: the last `count` items are left out (Auth0 documents 0–100 per answer, not 100). */
export const dropItems =
  (count: number): Rewrite =>
  (body) => {
    itemsOf(body as Body).splice(-count, count);
    return body;
  };

/** An odd event: `field` removed from the item at `index` (negative counts from the end). */
export const removeField =
  (field: string, index: number): Rewrite =>
  (body) => {
    const items = itemsOf(body as Body);
    const item = items.at(index);
    if (item) delete item[field];
    return body;
  };

/** An early end: the page says nothing follows it. */
export const dropNext: Rewrite = (body) => {
  delete (body as Record<string, unknown>).next;
  return body;
};

/** A looping cursor: every page after the first points back to the first page's `next`. */
export function loopNext(): Rewrite {
  let first: unknown;
  return (body) => {
    const page = body as Record<string, unknown>;
    if (first === undefined) first = page.next;
    else page.next = first;
    return page;
  };
}

/** A looping log: every page after the first is the first again (its last log_id: a cursor seen before). */
export function replayFirst(): Rewrite {
  let first: unknown;
  return (body) => {
    first ??= body;
    return structuredClone(first);
  };
}
