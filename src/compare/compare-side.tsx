import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { DragEvent } from 'react';
import type { NamedText } from './parse-deploy-cli-directory';

/** The main tenant, a file, or a tenant connected beside the main one (by domain). */
export type SideChoice = 'tenant' | 'file' | `other:${string}`;

type Props = {
  label: 'Source' | 'Target';
  domain: string;
  /** Tenants connected beside the main one (Connect another tenant…), by domain. */
  others?: readonly string[];
  choice: SideChoice;
  onChoice: (choice: SideChoice) => void;
  onFiles: (files: NamedText[]) => void;
  /** What was read (or why not), shown under the file input. */
  status?: string;
};

async function readAll(list: FileList | null): Promise<NamedText[]> {
  // webkitRelativePath keeps "grants/x.json" when a folder is chosen or dropped; a plain pick has only the name.
  return Promise.all([...(list ?? [])].map(async (file) => ({ name: file.webkitRelativePath || file.name, text: await file.text() })));
}

/** One side of a comparison: the connected tenant, or a file chosen or dropped here. */
const toChoice = (value: string): SideChoice =>
  value === 'file' ? 'file' : value.startsWith('other:') ? (value as `other:${string}`) : 'tenant';

export function CompareSide({ label, domain, others = [], choice, onChoice, onFiles, status }: Props) {
  const drop = (event: DragEvent) => {
    event.preventDefault();
    void readAll(event.dataTransfer.files).then((files) => files.length > 0 && onFiles(files));
  };
  return (
    <Paper
      variant="outlined"
      role="group"
      aria-label={label}
      sx={{ p: 2, flex: '1 1 320px' }}
      onDragOver={(event) => event.preventDefault()}
      onDrop={drop}
    >
      <Typography variant="h6" component="h3" sx={{ mb: 1.5 }}>
        {label}
      </Typography>
      <Stack spacing={1.5}>
        <TextField
          select
          size="small"
          label={label}
          value={choice}
          onChange={(event) => onChoice(toChoice(event.target.value))}
          slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
        >
          <option value="tenant">{domain}</option>
          {others.map((other) => (
            <option key={other} value={`other:${other}`}>
              {other}
            </option>
          ))}
          <option value="file">A file…</option>
        </TextField>
        {choice === 'file' && (
          <label>
            <Typography variant="body2" component="span" sx={{ display: 'block', mb: 0.5 }}>
              {`${label} file`}
            </Typography>
            <input
              type="file"
              multiple
              accept=".json,.yaml,.yml,.tf"
              onChange={(event) => void readAll(event.target.files).then((files) => files.length > 0 && onFiles(files))}
            />
          </label>
        )}
        {status && (
          <Typography variant="body2" color="text.secondary" role="status">
            {status}
          </Typography>
        )}
      </Stack>
    </Paper>
  );
}
