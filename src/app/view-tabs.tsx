import { lazy, memo, Suspense } from 'react';
import { skipToken, useQuery } from '@tanstack/react-query';
import { useConnection } from '../connection/connection-context';
import { tenantIndexKey } from '../tenant-index/tenant-index-key';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { navigateTo } from './use-location-search';
import type { View } from './view';

// The counts need the findings' code: loaded after the first view, it never delays the grants table.
const FindingsTabLabel = lazy(() => import('../findings/findings-tab-label').then((m) => ({ default: m.FindingsTabLabel })));

const labels: Record<View, string> = { grants: 'Grants', access: 'Access', findings: 'Findings' };

/** Counts only once some view has read the tenant: until then, no findings code is loaded at all. */
function TabLabel({ view }: { view: View }) {
  const { domain } = useConnection();
  const indexed = useQuery({ queryKey: tenantIndexKey(domain), queryFn: skipToken, staleTime: Infinity, structuralSharing: false }).data !== undefined;
  if (view !== 'findings' || !indexed) return labels[view];
  return (
    <Suspense fallback={labels.findings}>
      <FindingsTabLabel />
    </Suspense>
  );
}
// Each view keeps its own URL state: coming back to a tab finds it as it was left.
const lastSearch = new Map<View, string>();

function switchTo(from: View, to: View): void {
  lastSearch.set(from, window.location.search);
  const remembered = lastSearch.get(to);
  const params = new URLSearchParams(remembered ?? (to === 'grants' ? '' : `view=${to}`));
  navigateTo(params);
}

/**
 * The dashboard's views: the grants table, and the tenant-wide Access and Findings views.
 * Memoized: every page or filter change updates the URL and re-renders the screens, and MUI's Tabs
 * re-measures its indicator after each of its renders (a forced layout, ~15 ms before the new rows paint).
 */
export const ViewTabs = memo(function ViewTabs({ view }: { view: View }) {
  return (
    <Tabs value={view} onChange={(_, next: View) => switchTo(view, next)} aria-label="Views" sx={{ mb: 2, borderBottom: 1, borderColor: 'divider' }}>
      {(Object.keys(labels) as View[]).map((key) => (
        <Tab key={key} value={key} label={<TabLabel view={key} />} />
      ))}
    </Tabs>
  );
});
