import type { ClientGrant } from '../api/client-grants';
import { revealBidiControls } from '../components/bidi';

const sameList = (a: readonly string[] = [], b: readonly string[] = []) =>
  a.length === b.length && a.every((value) => b.includes(value));

/**
 * What changed in a grant between two reads, in words: what a fix shows when the grant it was confirmed on
 * is no longer what the tenant holds. Empty when the grant itself did not change.
 */
export function grantChanges(before: ClientGrant, now: ClientGrant): string[] {
  const changes: string[] = [];
  if (Boolean(before.allow_all_scopes) !== Boolean(now.allow_all_scopes))
    changes.push(now.allow_all_scopes ? 'it now allows all scopes' : 'it no longer allows all scopes');
  const held = new Set(before.scope ?? []);
  const holds = new Set(now.scope ?? []);
  const added = [...holds].filter((scope) => !held.has(scope)).sort();
  const removed = [...held].filter((scope) => !holds.has(scope)).sort();
  if (added.length) changes.push(`scopes added: ${revealBidiControls(added.join(', '))}`);
  if (removed.length) changes.push(`scopes removed: ${revealBidiControls(removed.join(', '))}`);
  if (
    before.organization_usage !== now.organization_usage ||
    Boolean(before.allow_any_organization) !== Boolean(now.allow_any_organization)
  )
    changes.push('its organization settings changed');
  if (!sameList(before.authorization_details_types, now.authorization_details_types))
    changes.push('its authorization details types changed');
  return changes;
}

/** What a grant holds, in words. */
export function holdsText(grant: ClientGrant): string {
  if (grant.allow_all_scopes) return 'all scopes of its API';
  const scopes = [...(grant.scope ?? [])].sort();
  return scopes.length ? revealBidiControls(scopes.join(', ')) : 'no scopes';
}

/** "since the finding, scopes removed: x; scopes added: y", or why else a finding went when the grant did not change. */
export function changesText(before: ClientGrant, now: ClientGrant): string {
  const changes = grantChanges(before, now);
  return changes.length
    ? `since the finding, ${changes.join('; ')}`
    : 'its application or API changed since the finding';
}
