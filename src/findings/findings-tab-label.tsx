import { useMemo } from 'react';
import Box from '@mui/material/Box';
import { useDismissals } from './use-dismissals';
import { useFindings } from './use-findings';
import { useConnection } from '../connection/connection-context';
import { countBySeverity } from './findings-summary';

/**
 * "Findings" with the count of the most severe open findings, once the tenant has been read by any
 * tenant-wide view. Watching only: it never starts a read of the tenant by itself.
 */
export function FindingsTabLabel() {
  const { domain } = useConnection();
  const { findings } = useFindings({ start: false });
  const { dismissals } = useDismissals(domain);
  const counts = useMemo(() => countBySeverity((findings ?? []).filter((f) => !dismissals[f.id])), [findings, dismissals]);
  const [severity, count] = counts.critical ? ['critical', counts.critical] : counts.high ? ['high', counts.high] : ['', 0];
  return (
    <span>
      Findings
      {count > 0 && (
        <Box component="span" sx={{ ml: 1, px: 0.75, borderRadius: 1, bgcolor: 'error.main', color: 'error.contrastText', fontSize: 12 }}>
          {count} {severity}
        </Box>
      )}
    </span>
  );
}
