import type { GrantsPage as GrantsPageComponent } from './grants-page';

type GrantsPageType = typeof GrantsPageComponent;
let loading: Promise<GrantsPageType> | undefined;
let loaded: GrantsPageType | undefined;

/**
 * The grants page's code (table, rows, paging, filters' shell) is its own chunk: an admin on the
 * connect form never needs it. It is loaded before the page first renders (mount.tsx for a restored
 * session, Connect otherwise), so rendering it never waits on a Suspense fallback.
 */
export function loadGrantsPage(): Promise<GrantsPageType> {
  loading ??= import('./grants-page').then(
    (module) => (loaded = module.GrantsPage),
    (error: unknown) => {
      // A failed download (connection lost) must not stick: the next attempt asks again.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The page component once loadGrantsPage has resolved. */
export function loadedGrantsPage(): GrantsPageType | undefined {
  return loaded;
}
