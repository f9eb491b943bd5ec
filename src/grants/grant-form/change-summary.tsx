import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';

type Props = { lines: string[] };

/** What Save will change, read before saving (scopes as "+ added, − removed"). */
export function ChangeSummary({ lines }: Props) {
  if (lines.length === 0) return null;
  return (
    <Alert severity="info" role="status" aria-label="Changes to save">
      <AlertTitle>Changes to save</AlertTitle>
      <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </Box>
    </Alert>
  );
}
