import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';

/** Turns the optional "Last used" column on and off (each row then reads its last token from the logs). */
export function LastUsedToggle({ on, onChange }: { on: boolean; onChange(on: boolean): void }) {
  return (
    <FormControlLabel
      control={<Switch size="small" checked={on} onChange={(event) => onChange(event.target.checked)} />}
      label="Last used"
      slotProps={{ typography: { variant: 'body2' } }}
    />
  );
}
