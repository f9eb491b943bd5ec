import type { HTMLAttributes, ReactNode } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';

type Props = HTMLAttributes<HTMLLIElement> & { primary: ReactNode; secondary: ReactNode; mono?: boolean };

/** An Autocomplete option with a name and a smaller line under it (what it is, where it comes from). */
export function TwoLineOption({ primary, secondary, mono = false, ...props }: Props) {
  return (
    <Box component="li" {...props}>
      {/* Long unbroken scopes and descriptions wrap inside the list instead of running past its edge. */}
      <Box sx={{ minWidth: 0, overflowWrap: 'anywhere' }}>
        <Typography variant="body2" sx={mono ? { fontFamily: 'monospace' } : undefined}>
          {primary}
        </Typography>
        <Typography variant="caption" color="text.secondary">
          {secondary}
        </Typography>
      </Box>
    </Box>
  );
}
