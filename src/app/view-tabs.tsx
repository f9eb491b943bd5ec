import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { navigateTo } from './use-location-search';
import type { View } from './view';

const labels: Record<View, string> = { grants: 'Grants', access: 'Access' };
// Each view keeps its own URL state: coming back to a tab finds it as it was left.
const lastSearch = new Map<View, string>();

function switchTo(from: View, to: View): void {
  lastSearch.set(from, window.location.search);
  const remembered = lastSearch.get(to);
  const params = new URLSearchParams(remembered ?? (to === 'grants' ? '' : `view=${to}`));
  navigateTo(params);
}

/** The dashboard's views: the grants table, and the tenant-wide Access view. */
export function ViewTabs({ view }: { view: View }) {
  return (
    <Tabs value={view} onChange={(_, next: View) => switchTo(view, next)} aria-label="Views" sx={{ mb: 2, borderBottom: 1, borderColor: 'divider' }}>
      {(Object.keys(labels) as View[]).map((key) => (
        <Tab key={key} value={key} label={labels[key]} />
      ))}
    </Tabs>
  );
}
