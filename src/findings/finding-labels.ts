import type { TenantIndex } from '../tenant-index';
import { apiName, applicationName } from '../tenant-index';
import type { Finding, FixKind, Severity } from './rules';

export const severityLabel: Record<Severity, string> = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low' };

export const fixLabel: Record<FixKind, string> = {
  'remove-scopes': 'Remove scopes…',
  'delete-grant': 'Delete…',
  'allow-all-scopes': 'Use all scopes…',
  'remove-organizations': 'Remove organizations…',
  'deny-organizations': 'Turn organizations off…',
  'stop-any-organization': 'Stop allowing any organization…',
};

/** "Billing Service on Orders API", from the index (names may be gone: say so). */
export function findingGrantLabel(index: TenantIndex, finding: Finding): string {
  return `${applicationName(index, finding.grant)} on ${apiName(index, finding.grant.audience)}`;
}
