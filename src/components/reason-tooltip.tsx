import { cloneElement, lazy, Suspense, useId, useState, type ReactElement } from 'react';

// Loaded only when a control is disabled with a reason (a token without some scope): MUI's Tooltip brings
// Popper and Popper.js (~31 KB), which every admin's first grants view otherwise downloaded and compiled.
const Tooltip = lazy(() => import('@mui/material/Tooltip'));

type Props = { reason: string | undefined; children: ReactElement<{ 'aria-describedby'?: string }> };

/**
 * Explains why a control is disabled: a tooltip on hover (a disabled button gets no pointer events,
 * hence the span) and the same words as the button's accessible description, for screen readers and
 * keyboard users who never hover. Enabled controls get no tooltip: their accessible name already says
 * what they do, and a tooltip per row action was most of the table's render cost.
 */
export function ReasonTooltip({ reason, children }: Props) {
  const id = useId();
  const [pointerOver, setPointerOver] = useState(false);
  if (!reason) return children;
  // The description is there before the tooltip's code: the control never waits for it.
  const described = (
    <span>
      {cloneElement(children, { 'aria-describedby': id })}
      <span id={id} hidden>
        {reason}
      </span>
    </span>
  );
  // The pointer is followed here, outside the lazy part: the control is mounted again when the tooltip's code
  // arrives, and a pointer already resting on it would otherwise see no tooltip until it left and came back.
  return (
    <span onMouseEnter={() => setPointerOver(true)} onMouseLeave={() => setPointerOver(false)}>
      <Suspense fallback={described}>
        <Tooltip title={reason} open={pointerOver}>
          {described}
        </Tooltip>
      </Suspense>
    </span>
  );
}
