import { useId, type MouseEventHandler } from 'react';
import type { IconName } from './icon-paths';

type Props = {
  icon: IconName;
  /** The accessible name, e.g. "Edit grant for Billing Service on Orders API". */
  label: string;
  /** The short hover hint (native title). */
  title: string;
  onClick: MouseEventHandler<HTMLButtonElement>;
  /** Why the action is unavailable; disables the button. */
  reason?: string;
  /** Unavailable for a reason the page already shows (a pager at its last page): disabled, nothing to explain. */
  disabled?: boolean;
};

/**
 * A small round icon button made of one plain element, styled by the class rules in
 * plain-controls-styles.ts (the icon is a CSS mask, not an <svg>): a page of rows holds up to 75 of
 * them, and both MUI's IconButton (ripple, emotion styles per instance) and an inline <svg> per icon
 * made every page turn measurably slower. Hints are native titles (no Popper per row).
 */
export function PlainIconButton({ reason, ...props }: Props) {
  return reason ? <DisabledIconButton {...props} reason={reason} /> : <IconButtonElement {...props} />;
}

function IconButtonElement({ icon, label, title, onClick, disabled = false, describedBy }: Omit<Props, 'reason'> & { describedBy?: string }) {
  return (
    <button
      type="button"
      className={`cg-icon-button cg-i-${icon}`}
      aria-label={label}
      title={describedBy ? undefined : title}
      disabled={disabled || Boolean(describedBy)}
      aria-describedby={describedBy}
      onClick={onClick}
    />
  );
}

/**
 * A disabled one explains itself twice: a title on its wrapper (a disabled button gets no pointer
 * events) and the same words as its accessible description, for keyboard and screen-reader users.
 */
function DisabledIconButton({ reason, ...props }: Omit<Props, 'reason'> & { reason: string }) {
  const id = useId();
  return (
    <span className="cg-reason" title={reason}>
      <IconButtonElement {...props} describedBy={id} />
      <span id={id} hidden>
        {reason}
      </span>
    </span>
  );
}
