import { useMemo, useState } from 'react';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useConnection } from '../connection/connection-context';
import { downloadText } from '../export';
import { useTenantIndex } from '../tenant-index';
import { CompareSide } from './compare-side';
import { compareGrants } from './diff';
import { diffToCsv, diffToMarkdown } from './diff-export';
import { DifferencesTable } from './differences-table';
import { CompareNotes } from './compare-notes';
import { tenantGrants } from './tenant-grants';
import { problemText, useCompareSide, type SideState } from './use-compare-side';

function sideStatus(side: SideState, partial: boolean): string | undefined {
  if (side.choice === 'tenant') return partial ? 'Reading the tenant: the differences are final once it is read.' : undefined;
  if (side.reading) return 'Reading the file…';
  if (side.problem) return `Not read: ${problemText(side.problem)}`;
  if (!side.file) return 'Choose or drop a JSON export, a Deploy CLI tenant.yaml or grants/*.json, or a Terraform file.';
  return `${side.file.names.join(', ')}: ${side.file.grants.length.toLocaleString()} grants${side.file.skipped.length > 0 ? `, ${side.file.skipped.length} not placed` : ''}.`;
}

/** Compare the connected tenant with a file (or two files), grant by grant. */
export function ComparePage() {
  const { domain } = useConnection();
  const { index, version, partial } = useTenantIndex();
  const { namesVersion } = index;
  // Literal client ids in a Terraform file are named through the connected tenant (its own export writes ids).
  const options = useMemo(
    () => ({ clientNames: new Map(namesVersion >= 0 ? [...index.clients.values()].map((c) => [c.client_id, c.name] as const) : []) }),
    [index, namesVersion],
  );
  const source = useCompareSide('file', options);
  const target = useCompareSide('tenant', options);
  const [showUnchanged, setShowUnchanged] = useState(false);
  const tenant = useMemo(() => (version >= 0 ? tenantGrants(index) : []), [index, version]);
  const sourceGrants = source.choice === 'tenant' ? tenant : source.file?.grants;
  const targetGrants = target.choice === 'tenant' ? tenant : target.file?.grants;
  const diff = useMemo(() => (sourceGrants && targetGrants ? compareGrants(sourceGrants, targetGrants) : undefined), [sourceGrants, targetGrants]);
  const rows = useMemo(() => diff?.rows.filter((row) => showUnchanged || row.kind !== 'unchanged') ?? [], [diff, showUnchanged]);
  const title = `${source.choice === 'tenant' ? domain : (source.file?.names[0] ?? 'file')} → ${target.choice === 'tenant' ? domain : (target.file?.names[0] ?? 'file')}`;
  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {[source, target].map((side, i) => (
          <CompareSide
            key={i === 0 ? 'Source' : 'Target'}
            label={i === 0 ? 'Source' : 'Target'}
            domain={domain}
            choice={side.choice}
            onChoice={side.setChoice}
            onFiles={side.read}
            status={sideStatus(side, partial)}
          />
        ))}
      </Stack>
      {diff && (
        <Paper variant="outlined" component="section" aria-label="Comparison" sx={{ p: 2 }}>
          <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center', mb: 1 }}>
            <Typography role="status">
              {`${diff.counts['only-source']} only in source, ${diff.counts['only-target']} only in target, ${diff.counts.changed} changed, ${diff.counts.unchanged} unchanged`}
            </Typography>
            <FormControlLabel control={<Checkbox checked={showUnchanged} onChange={(e) => setShowUnchanged(e.target.checked)} />} label="Show unchanged" />
            <Button onClick={() => downloadText(diffToCsv(diff, showUnchanged), 'grant-differences.csv', 'text/csv')}>Download CSV</Button>
            <Button onClick={() => downloadText(diffToMarkdown(diff, title), 'grant-differences.md', 'text/markdown')}>Download Markdown</Button>
          </Stack>
          <DifferencesTable rows={rows} />
          <CompareNotes diff={diff} sides={[source, target]} />
        </Paper>
      )}
    </Stack>
  );
}
