import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { OtherChange } from './use-save-grant';

const List = ({ lines }: { lines: readonly string[] }) => (
  <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
    {lines.map((line) => (
      <li key={line}>{line}</li>
    ))}
  </Box>
);

/**
 * Shown instead of saving when another admin changed the grant since the form was filled and the merged
 * result needs a look first: what they changed, where both changes meet, and that saving again confirms it.
 */
export function OtherChangeAlert({ other, left }: { other: OtherChange; left: boolean }) {
  return (
    <Alert severity="warning" role="alert" aria-label="Someone else changed this grant">
      <AlertTitle>Someone else changed this grant since you opened it</AlertTitle>
      <Typography variant="body2">Their change:</Typography>
      <List lines={other.theirChanges} />
      {other.conflicts.length > 0 && (
        <>
          <Typography variant="body2" sx={{ mt: 1 }}>
            Both changes touch:
          </Typography>
          <List lines={other.conflicts.map((conflict) => conflict.text)} />
        </>
      )}
      <Typography variant="body2" sx={{ mt: 1 }}>
        {left
          ? 'Nothing was saved. The form now shows your changes applied to what the tenant holds; check it, then press Confirm and save.'
          : 'Nothing was saved, and nothing is left to save: the tenant already holds what you asked for.'}
      </Typography>
    </Alert>
  );
}
