import { useMemo } from 'react';
import Box from '@mui/material/Box';
import { useDismissals } from './use-dismissals';
import { useFindings } from './use-findings';
import { useConnection } from '../connection/connection-context';
import { countBySeverity } from './findings-summary';
import type { Severity } from './rules';

const badgeColour: Record<Severity, string> = { critical: 'error.main', high: 'warning.dark', medium: 'info.dark', low: 'grey.600' };
// Read by screen readers, not shown.
const visuallyHidden = { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' } as const;
const order: Severity[] = ['critical', 'high', 'medium', 'low'];

/**
 * "Findings" with a count per severity (critical first), once the tenant has been read by any
 * tenant-wide view (not while a read is running). Numbers only on screen, so the tab stays narrow on a phone; the words are there
 * for screen readers ("Findings 3 critical 2 high"). Watching only: it never starts a read by itself.
 */
export function FindingsTabLabel() {
  const { domain, subject } = useConnection();
  // Counts of a tenant half read would mislead, and evaluating them after every page slowed the read.
  const { findings: all, index } = useFindings({ start: false, evaluateWhileReading: false });
  const findings = index.status === 'reading' ? undefined : all;
  const { dismissals } = useDismissals(domain, subject);
  const counts = useMemo(() => countBySeverity((findings ?? []).filter((f) => !dismissals[f.id])), [findings, dismissals]);
  return (
    <span>
      Findings
      {order
        .filter((severity) => counts[severity] > 0)
        .map((severity) => (
          <Box
            key={severity}
            component="span"
            title={`${counts[severity]} ${severity}`}
            sx={{ ml: 0.75, px: 0.75, borderRadius: 1, bgcolor: badgeColour[severity], color: 'common.white', fontSize: 12 }}
          >
            {' '}
            {counts[severity]}
            <Box component="span" sx={visuallyHidden}>
              {` ${severity}`}
            </Box>
          </Box>
        ))}
    </span>
  );
}
