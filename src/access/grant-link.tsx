import type { MouseEvent, ReactNode } from 'react';
import Link from '@mui/material/Link';
import { navigateTo } from '../app/use-location-search';

/** The address of a grant in the Grants view's detail panel. */
export function grantHref(id: string): string {
  return `?${new URLSearchParams({ grant: id }).toString()}`;
}

/**
 * A plain click on a grant link stays in the app (a page load would drop a token kept only in memory);
 * a modified or middle click is left to the browser (new tab, copy).
 */
export function followGrantLink(event: MouseEvent<HTMLAnchorElement>): void {
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
  event.preventDefault();
  navigateTo(new URLSearchParams(event.currentTarget.search));
}

/** Opens a grant in the Grants view's detail panel: a real link (copyable, opens in a new tab). */
export function GrantLink({ id, children, label }: { id: string; children: ReactNode; label?: string }) {
  return (
    <Link href={grantHref(id)} onClick={followGrantLink} aria-label={label}>
      {children}
    </Link>
  );
}
