import { cloneElement, useId, type ReactElement } from 'react';
import Tooltip from '@mui/material/Tooltip';

type Props = { reason: string | undefined; children: ReactElement<{ 'aria-describedby'?: string }> };

/**
 * Explains why a control is disabled: a tooltip on hover (a disabled button gets no pointer events,
 * hence the span) and the same words as the button's accessible description, for screen readers and
 * keyboard users who never hover. Enabled controls get no tooltip: their accessible name already says
 * what they do, and a tooltip per row action was most of the table's render cost.
 */
export function ReasonTooltip({ reason, children }: Props) {
  const id = useId();
  if (!reason) return children;
  return (
    <Tooltip title={reason}>
      <span>
        {cloneElement(children, { 'aria-describedby': id })}
        <span id={id} hidden>
          {reason}
        </span>
      </span>
    </Tooltip>
  );
}
