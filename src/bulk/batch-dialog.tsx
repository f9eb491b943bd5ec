import { useId, type ReactNode } from 'react';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';

type Props = {
  title: string;
  running: boolean;
  onClose(): void;
  actions: ReactNode;
  children: ReactNode;
  wide?: boolean;
};

/** The frame of a bulk dialog: named by its title, and not dismissable (Escape, backdrop) while a batch runs. */
export function BatchDialog({ title, running, onClose, actions, children, wide = false }: Props) {
  const titleId = useId();
  return (
    <Dialog
      open
      onClose={running ? undefined : onClose}
      aria-labelledby={titleId}
      fullWidth
      maxWidth={wide ? 'md' : 'sm'}
    >
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent>{children}</DialogContent>
      <DialogActions>{actions}</DialogActions>
    </Dialog>
  );
}
