import type { HttpResponse } from './context.ts';
import { invalidQuery, invalidUri } from './errors.ts';
import { lowerBoundById, publicOrganization } from './organization-store.ts';
import type { Organization, StoredOrganization } from './types.ts';
import type { QueryReader } from './validation.ts';

// Paging shared by GET /organizations and GET /client-grants/{id}/organizations: offset paging
// (page/per_page/include_totals → bare array or {start, limit, total, organizations}) or checkpoint
// paging (from/take → {organizations, next?}), which wins when `take` or `from` is present.

export const DEFAULT_PAGE_SIZE = 50;

// Checkpoint cursors are opaque: base64url of the organization id the next page starts at.
const encodeCursor = (id: string): string => Buffer.from(id, 'utf8').toString('base64url');

function decodeCursor(from: string): string {
  // `from` is documented as "Optional Id from which to start selection", so a raw org id works too.
  if (/^org_[A-Za-z0-9]+$/.test(from)) return from;
  const decoded = Buffer.from(from, 'base64url').toString('utf8');
  if (/^[A-Za-z0-9_-]+$/.test(from) && encodeCursor(decoded) === from && /^org_[A-Za-z0-9]+$/.test(decoded))
    return decoded;
  throw invalidQuery(`'Invalid checkpoint' on property from.`);
}

export type Paging =
  | { kind: 'checkpoint'; fromId: string | undefined; take: number }
  | { kind: 'offset'; page: number; perPage: number; includeTotals: boolean };

export function readPaging(query: QueryReader, maxPage: number): Paging {
  const page = query.int('page', 0, maxPage);
  const perPage = query.int('per_page', 1, 100);
  const includeTotals = query.bool('include_totals') ?? false;
  const take = query.int('take', 1, 100);
  const from = query.string('from');
  if (take !== undefined || from !== undefined) {
    const fromId = from === undefined || from === '' ? undefined : decodeCursor(from);
    return { kind: 'checkpoint', fromId, take: take ?? DEFAULT_PAGE_SIZE };
  }
  return { kind: 'offset', page: page ?? 0, perPage: perPage ?? DEFAULT_PAGE_SIZE, includeTotals };
}

/** `idSorted` must be sorted by id (checkpoint order); `ordered` is the offset order (a `sort` may change it). */
export function pageOrganizations(
  paging: Paging,
  idSorted: readonly StoredOrganization[],
  ordered: readonly StoredOrganization[] = idSorted,
  view: (org: StoredOrganization) => Organization = publicOrganization,
  offsetLimit = Number.POSITIVE_INFINITY,
): HttpResponse {
  if (paging.kind === 'checkpoint') {
    const start = paging.fromId === undefined ? 0 : lowerBoundById(idSorted, paging.fromId);
    const items = idSorted.slice(start, start + paging.take).map(view);
    const following = idSorted[start + paging.take];
    // `next` is omitted on the last page; that is how clients know to stop.
    return {
      status: 200,
      body: following ? { organizations: items, next: encodeCursor(following.id) } : { organizations: items },
    };
  }
  const start = paging.page * paging.perPage;
  // Offset paging reaches only the first `offsetLimit` results ("checkpoint pagination must be used
  // if you need to retrieve more than 1000 organizations"); past that a page is empty.
  const end = Math.min(start + paging.perPage, offsetLimit);
  const items = ordered.slice(start, Math.max(start, end)).map(view);
  if (!paging.includeTotals) return { status: 200, body: items };
  return { status: 200, body: { start, limit: paging.perPage, total: ordered.length, organizations: items } };
}

/** Path ids are at most 50 characters in the description (`maxLength: 50`). */
export function checkOrganizationIdPath(id: string): void {
  if (id.length > 50) {
    throw invalidUri(
      `'String is too long (${id.length} chars), maximum 50' on property id (Organization identifier).`,
    );
  }
}
