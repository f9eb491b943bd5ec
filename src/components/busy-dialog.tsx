import { useId, type ReactNode } from 'react';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';

type Props = {
  title: string;
  busy: boolean;
  onClose(): void;
  actions: ReactNode;
  children: ReactNode;
  wide?: boolean;
};

/** A dialog that does work: named by its title, and not dismissable (Escape, backdrop) while the work runs. */
export function BusyDialog({ title, busy, onClose, actions, children, wide = false }: Props) {
  const titleId = useId();
  return (
    <Dialog
      open
      onClose={busy ? undefined : onClose}
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
