import { useEffect, useRef } from 'react';

type Props = { label: string; checked: boolean; indeterminate?: boolean; disabled?: boolean; onChange(checked: boolean): void };

/**
 * A plain checkbox for ticking rows (native, like the rest of the lean rows). Its click does not reach the
 * row, which would open the grant.
 */
export function SelectCheckbox({ label, checked, indeterminate = false, disabled = false, onChange }: Props) {
  const ref = useRef<HTMLInputElement>(null);
  // `indeterminate` exists only as a DOM property, not as an attribute.
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = indeterminate;
  }, [indeterminate]);
  return (
    <input
      ref={ref}
      type="checkbox"
      className="cg-select"
      aria-label={label}
      checked={checked}
      disabled={disabled}
      onClick={(event) => event.stopPropagation()}
      onChange={(event) => onChange(event.target.checked)}
    />
  );
}
