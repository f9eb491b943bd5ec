import type { TenantIndex } from '../tenant-index';
import { evaluateFindings } from './evaluate-findings';
import type { Finding } from './rules';

type Entry = { version: number; ownClientId?: string; promise: Promise<Finding[]> };
const evaluations = new WeakMap<TenantIndex, Entry>();

/**
 * The findings for one state of the index, evaluated once however many views ask (the tab's counts and
 * the Findings table). A newer version of the index replaces the entry.
 */
export function findingsForIndex(index: TenantIndex, version: number, ownClientId: string | undefined): Promise<Finding[]> {
  const entry = evaluations.get(index);
  if (entry && entry.version === version && entry.ownClientId === ownClientId) return entry.promise;
  const promise = evaluateFindings({ index, ownClientId });
  evaluations.set(index, { version, ownClientId, promise });
  return promise;
}
