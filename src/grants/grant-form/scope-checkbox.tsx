import { memo } from 'react';
import type { ResourceServerScope } from '../../api/resource-servers';

type Props = {
  scope: ResourceServerScope;
  checked: boolean;
  disabled: boolean;
  onToggle(scope: string, checked: boolean): void;
};

/**
 * One scope row: a native checkbox named by the scope value, the description underneath. Plain elements
 * styled by the list's class rules (scope-list-styles.ts): an API may hold 1,000 scopes, and a row of MUI
 * components costs about a millisecond each to render. Memoised: ticking one box re-renders one row.
 */
export const ScopeCheckbox = memo(function ScopeCheckbox({ scope, checked, disabled, onToggle }: Props) {
  return (
    <label className="cg-scope">
      <input
        type="checkbox"
        checked={checked}
        disabled={disabled}
        onChange={(event) => onToggle(scope.value, event.target.checked)}
        // Named by the scope value alone so people and tests find "read:orders", not its description.
        aria-label={scope.value}
      />
      <span className="cg-scope-text">
        <span className="cg-scope-value">{scope.value}</span>
        {scope.description && <span className="cg-scope-description">{scope.description}</span>}
      </span>
    </label>
  );
});
