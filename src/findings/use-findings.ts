import { useEffect, useState } from 'react';
import { useConnection } from '../connection/connection-context';
import { useTenantIndex, type TenantIndexState } from '../tenant-index';
import { findingsForIndex } from './findings-for-index';
import type { Finding } from './rules';

/** The client id of the app whose token this dashboard uses (`sub` is `{client_id}@clients`). */
export function ownClientId(subject: string | undefined): string | undefined {
  return subject?.endsWith('@clients') ? subject.slice(0, -'@clients'.length) : undefined;
}

export type FindingsState = { index: TenantIndexState; findings: Finding[] | undefined; ownClientId?: string };

/** Findings over the tenant index, re-evaluated (off the critical path) whenever the index changes. */
export function useFindings({ start = true } = {}): FindingsState {
  const { subject } = useConnection();
  const index = useTenantIndex({ start });
  const own = ownClientId(subject);
  const [result, setResult] = useState<{ version: number; findings: Finding[] }>();
  const { index: tenantIndex, version } = index;
  useEffect(() => {
    let live = true;
    findingsForIndex(tenantIndex, version, own).then(
      (findings) => live && setResult({ version, findings }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [tenantIndex, version, own]);
  return { index, findings: result?.findings, ownClientId: own };
}
