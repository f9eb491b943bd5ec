import { lazy, Suspense } from 'react';
import { loadedGrantsPage, loadGrantsPage } from './grants-page-chunk';

const LazyGrantsPage = lazy(() => loadGrantsPage().then((GrantsPage) => ({ default: GrantsPage })));

/**
 * The grants page, rendered directly when its chunk has been loaded ahead (the usual case), or
 * through Suspense when something rendered it first.
 */
export function GrantsPageSlot() {
  const GrantsPage = loadedGrantsPage();
  // The rule guards against a new component type per render (remounting its tree each time); this is
  // one module-level reference, set once when the chunk has loaded, so its identity never changes.
  // eslint-disable-next-line react-hooks/static-components
  if (GrantsPage) return <GrantsPage />;
  return (
    <Suspense>
      <LazyGrantsPage />
    </Suspense>
  );
}
