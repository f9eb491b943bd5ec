import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Typography from '@mui/material/Typography';
import FileDownload from '@mui/icons-material/FileDownload';
import { useConnection } from '../connection/connection-context';
import { ErrorAlert } from '../components/error-alert';
import type { ExportFormat } from './build-export';
import type { ExportProgress } from './collect-grants';
import type { ExportView } from './export-input';
import { useExport, type CollectGrants, type ExportNames, type ExportState } from './use-export';

const formatLabels: [ExportFormat, string][] = [
  ['json', 'JSON'],
  ['csv', 'CSV'],
  ['deploy-cli', 'Deploy CLI (YAML)'],
  ['terraform', 'Terraform'],
];
const labelOf = (format: ExportFormat) => formatLabels.find(([f]) => f === format)?.[1] ?? format;
const count = new Intl.NumberFormat('en');

function progressText(phase: ExportProgress['phase'], done: number, total: number | undefined): string {
  const of = total !== undefined && total > 0 ? ` of ${count.format(total)}` : '';
  if (phase === 'organizations') return `Reading organizations: ${count.format(done)}…`;
  if (phase === 'connections') return `Reading organizations' connections: ${count.format(done)}${of}…`;
  if (phase === 'associations') return `Reading organizations' grants: ${count.format(done)}${of}…`;
  return of ? `Exporting ${count.format(done)}${of}…` : `Exporting ${count.format(done)} grants…`;
}

type Props = { view: ExportView; collect: CollectGrants; names: ExportNames; disabled?: boolean };

type StatusProps = {
  state: ExportState;
  onCancel(): void;
  onDismiss(): void;
  onRetry(): void;
  onPartial(): void;
};

function Status({ state, onCancel, onDismiss, onRetry, onPartial }: StatusProps) {
  switch (state.phase) {
    case 'running': {
      const { done, total, phase } = state.progress;
      const known = total !== undefined && total > 0;
      return (
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, minWidth: 260 }}>
          <Box sx={{ flexGrow: 1 }}>
            <Typography variant="body2" aria-live="polite">
              {progressText(phase, done, total)}
            </Typography>
            <LinearProgress
              aria-label="Exporting grants"
              variant={known ? 'determinate' : 'indeterminate'}
              value={known ? Math.min(100, (done / total) * 100) : undefined}
            />
          </Box>
          <Button size="small" onClick={onCancel}>
            Cancel export
          </Button>
        </Box>
      );
    }
    case 'done':
      return (
        <Alert severity="success" onClose={onDismiss}>
          Exported {count.format(state.count)} {state.count === 1 ? 'grant' : 'grants'} as{' '}
          {labelOf(state.format)} to {state.fileName}
          {state.partial ? ': partial, do not apply it.' : '.'}
          {state.organizationsMissing && ` Organizations are not in the file: ${state.organizationsMissing}`}
        </Alert>
      );
    case 'cancelled':
      return (
        <Alert severity="info" onClose={onDismiss}>
          Export cancelled: no file was downloaded.
        </Alert>
      );
    case 'failed':
      return (
        <Box>
          <ErrorAlert error={state.error} onRetry={onRetry} />
          {/* Not the default: a partial file applied with the Deploy CLI would delete the grants it leaves out. */}
          {state.partial && (
            <Button size="small" color="warning" onClick={onPartial}>
              Download the {count.format(state.partial.length)}{' '}
              {state.partial.length === 1 ? 'grant' : 'grants'} read (partial)
            </Button>
          )}
        </Box>
      );
    default:
      return null;
  }
}

/** The Export button and its formats; every grant of the view (all pages) goes into one downloaded file. */
export function ExportMenu({ view, collect, names, disabled }: Props) {
  const { domain, api } = useConnection();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const { state, start, cancel, dismiss, downloadPartial } = useExport({ domain, core: api.core, view, names, collect });
  const choose = (format: ExportFormat) => {
    setAnchor(null);
    void start(format);
  };
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
      <Status
        state={state}
        onCancel={cancel}
        onDismiss={dismiss}
        onRetry={() => state.phase === 'failed' && choose(state.format)}
        onPartial={downloadPartial}
      />
      <Button
        startIcon={<FileDownload />}
        aria-haspopup="menu"
        aria-expanded={anchor ? 'true' : undefined}
        aria-controls={anchor ? `export-menu-${view}` : undefined}
        disabled={disabled || state.phase === 'running'}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        Export
      </Button>
      <Menu id={`export-menu-${view}`} anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {formatLabels.map(([format, label]) => (
          <MenuItem key={format} onClick={() => choose(format)}>
            {label}
          </MenuItem>
        ))}
      </Menu>
    </Box>
  );
}
