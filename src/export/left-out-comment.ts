import type { ClientGrant } from '../api/client-grants';
import { commentValue } from './deploy-cli-warnings';
import { apiName, appName, type ExportInput } from './export-input';
import { recreation, type LeftOutReason } from './recreatable';

const why: Record<Exclude<LeftOutReason, 'system'>, string> = {
  'deleted-app': 'its application no longer exists',
  'deleted-api': 'its API no longer exists',
};

const grantLabel = (input: ExportInput, grant: ClientGrant) =>
  `${commentValue(grant.id)} (${commentValue(appName(input, grant))} -> ${commentValue(apiName(input, grant))})`;

/**
 * `#` comment lines (YAML and HCL both take them) for the top of a Deploy CLI or Terraform file: every grant left
 * out because the tool could not recreate it, and every scope left out of a grant, each with its id and why, so
 * the file applies cleanly and nothing is dropped unsaid. The JSON and CSV exports keep them all.
 */
export function leftOutComment(input: ExportInput, grants: readonly ClientGrant[]): string {
  const lines: string[] = [];
  const system: ClientGrant[] = [];
  for (const grant of grants) {
    const r = recreation(input, grant);
    if ('leftOut' in r) {
      if (r.leftOut === 'system') system.push(grant);
      else lines.push(`#   grant ${grantLabel(input, grant)}: ${why[r.leftOut]}`);
    } else if (r.droppedScopes.length > 0) {
      const scopes = r.droppedScopes.map(commentValue).join(', ');
      lines.push(`#   scope(s) ${scopes} of grant ${grantLabel(input, grant)}: no longer defined by its API (grant kept without them)`);
    }
  }
  const head: string[] = [];
  if (system.length > 0)
    head.push(`# Left out ${system.length} system grant(s) (is_system): Auth0 manages them, the tools skip them.`);
  if (lines.length > 0)
    head.push(`# Left out, as no tool can recreate them (the JSON and CSV exports keep them):`, ...lines);
  if (input.complete && (!input.complete.clients || !input.complete.apis))
    head.push('# Not every application or API name could be read: grants of deleted apps or APIs may still be in this file.');
  return head.map((line) => `${line}\n`).join('');
}
