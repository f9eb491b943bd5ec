import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';

type Props = { title: string; children?: ReactNode; action?: ReactNode };

/** A centred message for empty and no-match states, with what to do next. */
export function MessageState({ title, children, action }: Props) {
  return (
    <Box sx={{ py: 6, px: 2, textAlign: 'center' }} role="status">
      <Typography variant="h6" component="p" gutterBottom>
        {title}
      </Typography>
      {children && (
        <Typography variant="body2" color="text.secondary" sx={{ maxWidth: 520, mx: 'auto', mb: 2 }}>
          {children}
        </Typography>
      )}
      {action}
    </Box>
  );
}
