import { IsolatedText } from '../components/isolated-text';
import type { Lookup } from './use-names';

type Props = {
  lookup: Lookup<{ name: string }>;
  id: string;
  /** Shown beside the id, e.g. the app type. */
  extra?: string;
  missingLabel: string;
  badge?: string;
};

/**
 * A name over its id; the id with "Name loading…" until its page of names is read; a clear label when the
 * thing no longer exists. Plain elements styled by the table's class rules (grants-table-styles.ts), for render
 * speed; long values are cut to one line there, with the full text in their title and in the detail panel.
 */
export function NameCell({ lookup, id, extra, missingLabel, badge }: Props) {
  const name = lookup.status === 'found' ? lookup.value.name : undefined;
  return (
    <>
      <span className="cg-name">
        <IsolatedText text={name ?? (lookup.status === 'missing' ? missingLabel : id)} />
        {lookup.status === 'missing' && <span className="cg-chip cg-chip-warning">Deleted</span>}
        {badge && <span className="cg-chip cg-chip-secondary">{badge}</span>}
      </span>
      {(name || lookup.status === 'missing') && (
        <span className="cg-sub">
          {extra ? `${extra} · ` : ''}
          <IsolatedText text={id} className="cg-mono" />
        </span>
      )}
      {/* Names are read page by page in the background (a tenant may hold 10,000 apps): say this one is coming. */}
      {lookup.status === 'loading' && <span className="cg-sub">Name loading…</span>}
    </>
  );
}
