import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { severityLabel } from './finding-labels';
import { severityOrder, type Finding, type Severity } from './rules';

export function countBySeverity(findings: Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { critical: 0, high: 0, medium: 0, low: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

/** "2 critical · 5 high · …", or that there is nothing to fix. */
export function FindingsSummary({ findings, evaluating }: { findings: Finding[]; evaluating: boolean }) {
  if (evaluating) return <Typography variant="body2">Checking the grants…</Typography>;
  if (findings.length === 0) return <Typography variant="body2">No findings: nothing risky, broken or useless among the grants read.</Typography>;
  const counts = countBySeverity(findings);
  return (
    <Stack direction="row" spacing={1} aria-label="Findings by severity" role="group">
      {(Object.keys(severityOrder) as Severity[])
        .filter((severity) => counts[severity] > 0)
        .map((severity) => (
          <Chip key={severity} variant="outlined" label={`${counts[severity]} ${severityLabel[severity].toLowerCase()}`} />
        ))}
    </Stack>
  );
}
