import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';

type Props = {
  /** The progressbar's accessible name, e.g. "Reading the tenant". */
  label: string;
  /** What screen readers hear as the value, e.g. "Reading grants: 3,400 of 10,000". */
  text: string;
  /** Done so far out of `max`; indeterminate while either is unknown. */
  value?: number;
  max?: number;
  stopLabel: string;
  onStop(): void;
};

/** A long background read: its progress (a number once it is known) and a button that stops it. */
export function ReadProgress({ label, text, value, max, stopLabel, onStop }: Props) {
  const known = value !== undefined && max !== undefined && max > 0;
  return (
    <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
      <Box
        role="progressbar"
        aria-label={label}
        aria-valuetext={text}
        {...(known ? { 'aria-valuemin': 0, 'aria-valuemax': max, 'aria-valuenow': value } : {})}
        sx={{ flexGrow: 1 }}
      >
        <LinearProgress aria-hidden variant={known ? 'determinate' : 'indeterminate'} value={known ? (100 * value) / max : undefined} />
      </Box>
      <Button size="small" onClick={onStop}>
        {stopLabel}
      </Button>
    </Stack>
  );
}
