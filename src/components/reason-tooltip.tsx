import type { ReactElement } from 'react';
import Tooltip from '@mui/material/Tooltip';

type Props = { reason: string | undefined; children: ReactElement };

/**
 * Explains why a control is disabled (a disabled button gets no pointer events, hence the span).
 * Enabled controls get no tooltip: their accessible name already says what they do, and a tooltip per
 * row action was most of the table's render cost.
 */
export function ReasonTooltip({ reason, children }: Props) {
  if (!reason) return children;
  return (
    <Tooltip title={reason}>
      <span>{children}</span>
    </Tooltip>
  );
}
