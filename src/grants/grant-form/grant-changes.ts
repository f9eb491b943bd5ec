import type { ClientGrant } from '../../api/client-grants';
import type { GrantFormValues } from './grant-form-values';

export type ScopeChanges = { added: string[]; removed: string[] };

export function scopeChanges(before: readonly string[], after: readonly string[]): ScopeChanges {
  const was = new Set(before);
  const now = new Set(after);
  return {
    added: after.filter((scope) => !was.has(scope)),
    removed: before.filter((scope) => !now.has(scope)),
  };
}

/** "+ read:orders, − write:orders" (a real minus sign, as people read it). */
export function formatScopeChanges({ added, removed }: ScopeChanges): string {
  return [...added.map((scope) => `+ ${scope}`), ...removed.map((scope) => `− ${scope}`)].join(', ');
}

const usageLabel = (usage: string | undefined) => (usage && usage !== 'none' ? usage : 'not set');
const onOff = (value: boolean) => (value ? 'on' : 'off');

/** One line per changed setting, for the summary the admin reads before saving. */
export function describeGrantChanges(grant: ClientGrant, values: GrantFormValues): string[] {
  const lines: string[] = [];
  const wasAll = grant.allow_all_scopes ?? false;
  if (wasAll !== values.allow_all_scopes)
    lines.push(`All scopes: ${onOff(wasAll)} → ${onOff(values.allow_all_scopes)}`);
  const scopes = scopeChanges(wasAll ? [] : (grant.scope ?? []), values.allow_all_scopes ? [] : values.scope);
  if (scopes.added.length + scopes.removed.length > 0) lines.push(`Scopes: ${formatScopeChanges(scopes)}`);
  const usage = values.organization_usage;
  if (usage !== 'none' && usage !== grant.organization_usage) {
    lines.push(`Organization usage: ${usageLabel(grant.organization_usage)} → ${usage}`);
  }
  const anyOrg = grant.allow_any_organization ?? false;
  if (anyOrg !== values.allow_any_organization) {
    lines.push(`Allow any organization: ${onOff(anyOrg)} → ${onOff(values.allow_any_organization)}`);
  }
  return lines;
}
