import { z } from '../schema';

/** Auth0 caps `per_page` (and `take`) at 100. */
export const MAX_PER_PAGE = 100;
/** Guard against a server that never stops returning items (10 000 pages × 100). */
const MAX_PAGES = 10_000;

/** The `include_totals=true` envelope: `{ total, start, limit, <key>: [...] }`. */
export function totalsEnvelope<K extends string, T extends z.ZodMiniType>(key: K, item: T) {
  return z.looseObject({
    total: z.number(),
    start: z.number(),
    limit: z.number(),
    ...({ [key]: z.array(item) } as Record<K, z.ZodMiniArray<T>>),
  });
}

/** Where a walk starts (to resume one cut short) and who hears of each page as it arrives. */
export type PageWalk<T> = { startPage?: number; onPage?(items: T[], page: number): void };

/**
 * Walks offset pages until `total` is reached or a short/empty page arrives. Auth0 list endpoints
 * return at most `per_page` items and nothing says "more" except the total: stopping after the
 * first page is the classic "only 50 items" bug admins complain about.
 */
export async function collectAllPages<T>(
  fetchPage: (page: number) => Promise<{ total: number; items: T[] }>,
  walk: PageWalk<T> = {},
): Promise<T[]> {
  const all: T[] = [];
  for (let page = walk.startPage ?? 0; page < MAX_PAGES; page++) {
    const { total, items } = await fetchPage(page);
    all.push(...items);
    walk.onPage?.(items, page);
    if (items.length < MAX_PER_PAGE || page * MAX_PER_PAGE + items.length >= total) break;
  }
  return all;
}
