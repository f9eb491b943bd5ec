import { useCallback, useMemo } from 'react';
import type { SideChoice } from './compare-side';
import type { DiffRow } from './diff';
import type { ApiNames } from './difference-filters';
import type { TenantSide } from './use-tenant-side';

/**
 * API names for the text filter (from whichever sides are tenants; a file names no API), and each row's grant on
 * the connected (main) tenant, which its application links to in the Grants view, as Access and Findings link.
 * Only the main tenant's grants get a link: the Grants view shows the main connection, so a second tenant's grant
 * id would open nothing (or, worse, a grant of the same id elsewhere), and a file's grants have no id at all.
 * A tenant side's `origin` is the grant's id (from-tenant.ts). Where both sides are the main tenant, the target's.
 */
export function useGrantLinks(source: SideChoice, target: SideChoice, sourceTenant: TenantSide, targetTenant: TenantSide) {
  const sourceApis = sourceTenant.tenant?.apis;
  const targetApis = targetTenant.tenant?.apis;
  const apiNames: ApiNames = useMemo(() => {
    const names = new Map<string, string>();
    for (const apis of [sourceApis, targetApis]) for (const [identifier, api] of apis ?? []) if (api.name) names.set(identifier, api.name);
    return names;
  }, [sourceApis, targetApis]);
  const sourceIsMain = source === 'tenant';
  const targetIsMain = target === 'tenant';
  const grantIdOf = useCallback(
    (row: DiffRow) => (targetIsMain && row.target ? row.target.origin : sourceIsMain && row.source ? row.source.origin : undefined),
    [sourceIsMain, targetIsMain],
  );
  return { apiNames, grantIdOf };
}
