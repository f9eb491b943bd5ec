import { lazy, memo, Suspense, useRef, type KeyboardEvent } from 'react';
import { skipToken, useQuery } from '@tanstack/react-query';
import Box from '@mui/material/Box';
import { useConnection } from '../connection/connection-context';
import { tenantIndexKey } from '../tenant-index/tenant-index-key';
import { tabKeyTarget } from './tab-keys';
import { navigateTo } from './use-location-search';
import type { View } from './view';

// The counts need the findings' code: loaded after the first view, it never delays the grants table.
const FindingsTabLabel = lazy(() => import('../findings/findings-tab-label').then((m) => ({ default: m.FindingsTabLabel })));

const labels: Record<View, string> = { grants: 'Grants', access: 'Access', findings: 'Findings', compare: 'Compare' };
const views = Object.keys(labels) as View[];

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

// MUI's Tab look (button type, 48 px, secondary text, primary when selected, a 2 px bar under the selected one).
const tabListSx = {
  display: 'flex',
  mb: 2,
  borderBottom: 1,
  borderColor: 'divider',
  '& [role="tab"]': {
    position: 'relative',
    minWidth: 90,
    minHeight: 48,
    px: 2,
    py: 1.5,
    m: 0,
    border: 0,
    bgcolor: 'transparent',
    cursor: 'pointer',
    typography: 'button',
    lineHeight: 1.25,
    color: 'text.secondary',
    '&[aria-selected="true"]': { color: 'primary.main' },
    '&[aria-selected="true"]::after': { content: '""', position: 'absolute', left: 0, right: 0, bottom: 0, height: 2, bgcolor: 'primary.main' },
    '&:focus-visible': { outline: 2, outlineStyle: 'solid', outlineColor: 'primary.main', outlineOffset: -2 },
  },
} as const;

/**
 * The dashboard's views: the grants table, and the tenant-wide Access and Findings views. A plain tab list
 * (WAI-ARIA tabs, manual activation: arrows and Home/End move the focus, Enter or a click switches), not MUI's
 * Tabs: those measured their indicator in an effect after every render, a forced style and layout of the whole
 * page inside the first render's task; first rows came 57 ms sooner without them (A/B, 12 loads each).
 * Memoized: every page or filter change updates the URL and re-renders the screens.
 */
export const ViewTabs = memo(function ViewTabs({ view }: { view: View }) {
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const moveFocus = (event: KeyboardEvent, index: number) => {
    const target = tabKeyTarget(event.key, index, views.length);
    if (target === undefined) return;
    event.preventDefault();
    tabs.current[target]?.focus();
  };
  return (
    <Box role="tablist" aria-label="Views" sx={tabListSx}>
      {views.map((key, index) => (
        <button
          key={key}
          ref={(node) => {
            tabs.current[index] = node;
          }}
          type="button"
          role="tab"
          aria-selected={key === view}
          tabIndex={key === view ? 0 : -1}
          onClick={() => key !== view && switchTo(view, key)}
          onKeyDown={(event) => moveFocus(event, index)}
        >
          <TabLabel view={key} />
        </button>
      ))}
    </Box>
  );
});
