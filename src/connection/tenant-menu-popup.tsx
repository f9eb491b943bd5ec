import Divider from '@mui/material/Divider';
import ListSubheader from '@mui/material/ListSubheader';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import type { Connection } from './connection-context';

type Props = { anchor: HTMLElement; connection: Connection; timeLeft: string; onClose(): void; onDisconnect(): void };

/** The tenant menu's content: the token's expiry, subject and scopes, and Disconnect. */
export function TenantMenuPopup({ anchor, connection, timeLeft, onClose, onDisconnect }: Props) {
  return (
    <Menu anchorEl={anchor} open onClose={onClose} slotProps={{ paper: { sx: { maxHeight: 480, minWidth: 280 } } }}>
      <ListSubheader>Token for {connection.domain}</ListSubheader>
      <MenuItem disabled>Expires {timeLeft === 'expired' ? '— expired' : `in ${timeLeft}`}</MenuItem>
      {connection.subject && <MenuItem disabled>Issued to {connection.subject}</MenuItem>}
      <ListSubheader>Scopes ({connection.scopes.length})</ListSubheader>
      {connection.scopes.map((scope) => (
        <MenuItem key={scope} disabled dense>
          {scope}
        </MenuItem>
      ))}
      <Divider />
      <MenuItem onClick={onDisconnect}>Disconnect</MenuItem>
    </Menu>
  );
}
