import { useState } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import { ConnectForm } from '../connection/connect-form';
import { useOtherTenants } from '../connection/use-other-tenants';

/**
 * Compare's second tenant: the connect form's own fields and checks, in a dialog; each tenant connected this
 * way is listed with its own Disconnect (the main Disconnect ends them all).
 */
export function ConnectAnotherTenant() {
  const { tenants, store } = useOtherTenants();
  const [open, setOpen] = useState(false);
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
      <Button variant="outlined" onClick={() => setOpen(true)}>
        Connect another tenant…
      </Button>
      {tenants.map((tenant) => (
        <Button key={tenant.domain} size="small" onClick={() => store.disconnect(tenant.domain)}>
          {`Disconnect ${tenant.domain}`}
        </Button>
      ))}
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        aria-labelledby="connect-another-title"
        fullWidth
        maxWidth="sm"
      >
        <DialogTitle id="connect-another-title">Connect another tenant</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>
            A second tenant to compare with, connected in this tab only: its token is kept like the first
            one's (in memory, unless you tick Stay connected), sent only to that tenant, and dropped on its
            Disconnect or the main Disconnect.
          </DialogContentText>
          {open && <ConnectForm onConnect={(input) => store.connect(input).then(() => setOpen(false))} />}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>Cancel</Button>
        </DialogActions>
      </Dialog>
    </Stack>
  );
}
