import { useId, type MouseEventHandler } from 'react';
import { PlainIcon } from './plain-icon';
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
};

/**
 * A small round icon button made of plain elements, styled by the class rules in
 * plain-controls-styles.ts: a page of rows holds up to 75 of them, and MUI's IconButton (ripple,
 * emotion styles per instance) made rendering a page several times slower. Hints are native titles
 * (no Popper per row). A disabled one explains itself twice: a title on its wrapper (a disabled
 * button gets no pointer events) and the same words as its accessible description.
 */
export function PlainIconButton({ icon, label, title, onClick, reason }: Props) {
  const id = useId();
  const button = (
    <button
      type="button"
      className="cg-icon-button"
      aria-label={label}
      title={reason ? undefined : title}
      disabled={Boolean(reason)}
      aria-describedby={reason ? id : undefined}
      onClick={onClick}
    >
      <PlainIcon name={icon} />
    </button>
  );
  if (!reason) return button;
  return (
    <span className="cg-reason" title={reason}>
      {button}
      <span id={id} hidden>
        {reason}
      </span>
    </span>
  );
}
