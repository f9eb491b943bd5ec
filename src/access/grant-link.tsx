import type { MouseEvent, ReactNode } from 'react';
import Link from '@mui/material/Link';
import { navigateTo } from '../app/use-location-search';

/**
 * Opens a grant in the Grants view's detail panel. A real link (copyable, opens in a new tab), but a
 * plain click stays in the app: a page load would drop a token kept only in memory.
 */
export function GrantLink({ id, children, label }: { id: string; children: ReactNode; label?: string }) {
  const params = new URLSearchParams({ grant: id });
  const onClick = (event: MouseEvent) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    navigateTo(params);
  };
  return (
    <Link href={`?${params.toString()}`} onClick={onClick} aria-label={label}>
      {children}
    </Link>
  );
}
