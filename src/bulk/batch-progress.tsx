import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { usePacingWait } from './use-pacing-wait';

const count = new Intl.NumberFormat('en');

type Props = { label: string; done: number; total: number; onCancel(): void };

/**
 * "Changing scopes: 12 of 40", a progress bar named after the work, and Cancel. While the tenant's rate
 * limit holds requests it says so: the batch is waiting, not failing.
 */
export function BatchProgress({ label, done, total, onCancel }: Props) {
  const wait = usePacingWait();
  const text = `${label}: ${count.format(done)} of ${count.format(total)}`;
  return (
    <Stack spacing={1} sx={{ my: 2 }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Box
          role="progressbar"
          aria-label={label}
          aria-valuetext={text}
          aria-valuemin={0}
          aria-valuemax={total}
          aria-valuenow={done}
          sx={{ flexGrow: 1 }}
        >
          <LinearProgress aria-hidden variant="determinate" value={total ? (100 * done) / total : 0} />
        </Box>
        <Button size="small" onClick={onCancel}>
          Cancel
        </Button>
      </Stack>
      <Typography variant="body2" aria-live="polite">
        {text}
        {wait !== undefined && ` — rate limited, continuing in ${wait} s`}
      </Typography>
    </Stack>
  );
}
