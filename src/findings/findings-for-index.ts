import type { TenantIndex } from '../tenant-index';
import { evaluateFindings } from './evaluate-findings';
import type { Finding, UsageContext } from './rules';

type Entry = { version: number; ownClientId?: string; usage?: UsageContext; usageVersion?: number; promise: Promise<Finding[]> };
const evaluations = new WeakMap<TenantIndex, Entry>();

/**
 * The findings for one state of the index, evaluated once however many views ask (the tab's counts and
 * the Findings table). A newer version of the index replaces the entry.
 */
export function findingsForIndex(index: TenantIndex, version: number, ownClientId: string | undefined, usage?: UsageContext): Promise<Finding[]> {
  const entry = evaluations.get(index);
  const usageVersion = usage?.index.version;
  if (entry && entry.version === version && entry.ownClientId === ownClientId && entry.usage === usage && entry.usageVersion === usageVersion) return entry.promise;
  const promise = evaluateFindings({ index, ownClientId, usage });
  evaluations.set(index, { version, ownClientId, usage, usageVersion, promise });
  return promise;
}
