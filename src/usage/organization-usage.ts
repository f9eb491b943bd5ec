import type { UndatedLogEvent } from '../api/logs';

/** Tokens issued for one organization; `name` as the newest of its events recorded it. */
export type OrganizationTokens = { id: string; name?: string; count: number };

/** A grant's tokens split by the organization they were issued for (`seccft` with `organization_id`). */
export type TokensByOrganization = { organizations: OrganizationTokens[]; without: number };

/**
 * Counts tokens per organization. `uses` are one grant's `seccft` events, newest first (as the usage search
 * returns them), so the name kept is the newest: an organization renamed since keeps its current name.
 * Sorted by count, then name, so the busiest organizations come first.
 */
export function countByOrganization(uses: readonly UndatedLogEvent[]): TokensByOrganization {
  const byId = new Map<string, OrganizationTokens>();
  let without = 0;
  for (const event of uses) {
    const id = event.organization_id;
    if (!id) {
      without++;
      continue;
    }
    const entry = byId.get(id);
    if (entry) {
      entry.count++;
      entry.name ??= event.organization_name || undefined;
    } else byId.set(id, { id, name: event.organization_name || undefined, count: 1 });
  }
  const organizations = [...byId.values()].sort(
    (a, b) => b.count - a.count || (a.name ?? a.id).localeCompare(b.name ?? b.id),
  );
  return { organizations, without };
}

/** How many organizations are named before "and N more": a grant may be associated with hundreds. */
const SHOWN = 10;

/**
 * "Tokens by organization: Acme 12, Globex 3 · without organization 40", or "Tokens by organization: none ·
 * without organization 40". `floor`: the events read were cut at a page, so each count is "at least".
 */
export function byOrganizationText(tokens: TokensByOrganization, floor = false): string {
  const { organizations, without } = tokens;
  const named = organizations.slice(0, SHOWN).map((org) => `${org.name ?? org.id} ${org.count}`);
  const rest = organizations.length - SHOWN;
  const list = named.length === 0 ? 'none' : `${named.join(', ')}${rest > 0 ? `, and ${rest} more` : ''}`;
  const prefix = floor ? 'Tokens by organization (of the newest tokens only)' : 'Tokens by organization';
  return `${prefix}: ${list} · without organization ${without}`;
}
