import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { GrantLink } from '../access';
import { IsolatedText } from '../components/isolated-text';
import { apiName, applicationName, type TenantIndex } from '../tenant-index';
import { fixLabel, severityLabel } from './finding-labels';
import type { Finding, FixKind, Severity } from './rules';
import { revealBidiControls } from '../components/bidi';

const severityColor: Record<Severity, 'error' | 'warning' | 'info' | 'default'> = {
  critical: 'error',
  high: 'warning',
  medium: 'info',
  low: 'default',
};

type Props = {
  finding: Finding;
  index: TenantIndex;
  canWrite: boolean;
  onFix(finding: Finding, kind: FixKind): void;
  onDismiss(finding: Finding): void;
};

function Scopes({ finding }: { finding: Finding }) {
  if (finding.groups)
    return (
      <Stack spacing={0.5}>
        {finding.groups.map(({ group, scopes }) => (
          <div key={group.id}>
            <Typography variant="caption" color="text.secondary" title={group.why}>
              {group.title}
            </Typography>
            <div className="cg-mono">{revealBidiControls(scopes.join(' '))}</div>
          </div>
        ))}
      </Stack>
    );
  return <span className="cg-mono">{finding.scopes.length > 0 ? revealBidiControls(finding.scopes.join(' ')) : '—'}</span>;
}

/** One finding: what, why, which grant, and the fixes it offers. */
export function FindingRow({ finding, index, canWrite, onFix, onDismiss }: Props) {
  const app = applicationName(index, finding.grant);
  return (
    <TableRow hover>
      <TableCell>
        <Chip size="small" color={severityColor[finding.severity]} label={severityLabel[finding.severity]} />
      </TableCell>
      <TableCell sx={{ maxWidth: 360 }}>
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {finding.title}
        </Typography>
        <Typography variant="caption" color="text.secondary" component="p" sx={{ m: 0 }}>
          {finding.explanation}
        </Typography>
      </TableCell>
      <TableCell component="th" scope="row">
        <IsolatedText text={app} />
        {finding.ownGrant && (
          <Typography variant="caption" color="warning.main" component="div">
            This dashboard’s own app
          </Typography>
        )}
      </TableCell>
      <TableCell>
        <IsolatedText text={index.apis.has(finding.grant.audience) ? apiName(index, finding.grant.audience) : 'Deleted API'} />
      </TableCell>
      <TableCell sx={{ maxWidth: 320, overflowWrap: 'anywhere' }}>
        <Scopes finding={finding} />
      </TableCell>
      <TableCell>
        <Stack direction="row" spacing={0.5} sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
          {finding.fixes.map((kind) => (
            <Button key={kind} size="small" disabled={!canWrite} onClick={() => onFix(finding, kind)} aria-label={`${fixLabel[kind]} (${app})`}>
              {fixLabel[kind]}
            </Button>
          ))}
          <GrantLink id={finding.grant.id}>Open grant</GrantLink>
          <Button size="small" onClick={() => onDismiss(finding)} aria-label={`Dismiss… (${app})`}>
            Dismiss…
          </Button>
        </Stack>
      </TableCell>
    </TableRow>
  );
}
