import type { ClientGrant } from '../api/client-grants';
import { revealBidiControls } from '../components/bidi';
import { IsolatedText } from '../components/isolated-text';

const shown = 3;

/**
 * The first few scopes, then "+N more" with the rest in its title and accessible name (the detail
 * panel lists them all); "All scopes" when the grant has them all. Plain elements styled by the
 * table's class rules (grants-table-styles.ts), for render speed: no Tooltip per row.
 */
export function ScopeChips({ grant }: { grant: ClientGrant }) {
  if (grant.allow_all_scopes) return <span className="cg-chip cg-chip-primary">All scopes</span>;
  const scopes = grant.scope ?? [];
  if (scopes.length === 0) return <span className="cg-muted">No scopes</span>;
  const rest = scopes.slice(shown);
  return (
    <span className="cg-chips">
      {/* Keyed by position: a page turn rewrites the chips' text in place (rows are keyed by position too)
          instead of removing and creating some 130 chips; a chip holds no state. */}
      {scopes.slice(0, shown).map((scope, position) => (
        <IsolatedText key={position} text={scope} className="cg-chip" />
      ))}
      {rest.length > 0 && (
        // aria-label is not allowed on a plain span: screen readers get the scopes as hidden text.
        <span className="cg-chip cg-chip-filled" title={revealBidiControls(rest.join(', '))}>
          <span aria-hidden="true">+{rest.length} more</span>
          <span className="cg-sr">{`${rest.length} more scopes: ${revealBidiControls(rest.join(', '))}`}</span>
        </span>
      )}
    </span>
  );
}
