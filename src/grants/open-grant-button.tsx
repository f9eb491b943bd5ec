import type { ReactNode } from 'react';
import type { ClientGrant } from '../api/client-grants';

type Props = { grant: ClientGrant; label: string; onOpen(grant: ClientGrant): void; children: ReactNode };

/**
 * The keyboard way into a grant's detail panel (a row or card is also clickable, but not focusable).
 * Its accessible name, "Open grant <id> (<app> on <api>)", is what people and tests find it by.
 */
export function OpenGrantButton({ grant, label, onOpen, children }: Props) {
  return (
    <button
      type="button"
      className="cg-link"
      aria-label={`Open grant ${grant.id} (${label})`}
      onClick={(event) => {
        event.stopPropagation();
        onOpen(grant);
      }}
    >
      {children}
    </button>
  );
}
