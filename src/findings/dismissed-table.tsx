import Button from '@mui/material/Button';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { IsolatedText } from '../components/isolated-text';
import { relativeTime } from '../components/relative-time';
import { useNow } from '../components/use-now';
import { applicationName, type TenantIndex } from '../tenant-index';
import type { Dismissals } from './dismissals';
import { cutNameSx } from './findings-table';
import type { Finding } from './rules';

type Props = { findings: Finding[]; dismissals: Dismissals; index: TenantIndex; onRestore(id: string): void };

/** Findings an admin accepted, with their reasons; Restore brings one back to the list. */
export function DismissedTable({ findings, dismissals, index, onRestore }: Props) {
  const now = useNow(60_000);
  if (findings.length === 0) return <Typography variant="body2">No dismissed findings.</Typography>;
  return (
    <Table size="small" aria-label="Dismissed findings" sx={cutNameSx}>
      <TableHead>
        <TableRow>
          <TableCell>Finding</TableCell>
          <TableCell>Application</TableCell>
          <TableCell>Reason</TableCell>
          <TableCell>Dismissed</TableCell>
          <TableCell />
        </TableRow>
      </TableHead>
      <TableBody>
        {findings.map((finding) => {
          const app = applicationName(index, finding.grant);
          const dismissal = dismissals[finding.id];
          return (
            <TableRow key={finding.id}>
              <TableCell>{finding.title}</TableCell>
              <TableCell component="th" scope="row">
                <IsolatedText text={app} />
              </TableCell>
              <TableCell>{dismissal?.reason}</TableCell>
              <TableCell>{dismissal ? relativeTime(dismissal.at, now) : ''}</TableCell>
              <TableCell>
                <Button size="small" onClick={() => onRestore(finding.id)} aria-label={`Restore (${app})`}>
                  Restore
                </Button>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
