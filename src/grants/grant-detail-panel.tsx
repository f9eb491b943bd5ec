import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import Close from '@mui/icons-material/Close';
import type { ClientGrant } from '../api/client-grants';
import { CopyButton } from '../components/copy-button';
import { ErrorAlert } from '../components/error-alert';
import { CopyAsButtons } from '../export';
import { GrantFields } from './grant-fields';
import { GrantRowActions } from './grant-row-actions';
import { plainControlsSx } from '../components/plain-controls-styles';
import { apiLabel, appLabel, useNames } from './use-names';
import { useGrant } from './use-grant';
import { ApiError } from '../api/errors';

type Props = { id: string; onClose(): void; onEdit(grant: ClientGrant): void; onDelete(grant: ClientGrant): void };

/** Everything about one grant (opened with ?grant=<id>, so it can be linked): fields, scope descriptions, copy. */
export function GrantDetailPanel({ id, onClose, onEdit, onDelete }: Props) {
  const grant = useGrant(id);
  const names = useNames();
  const data = grant.data;
  const server = data ? names.api(data.audience) : undefined;
  const descriptions = new Map(server?.status === 'found' ? (server.value.scopes ?? []).map((s) => [s.value, s.description]) : []);
  const title = data ? `${appLabel(names, data.client_id)} → ${apiLabel(names, data.audience)}` : 'Grant';
  return (
    <Drawer anchor="right" open onClose={onClose} slotProps={{ paper: { sx: { width: { xs: '100%', sm: 520 } }, role: 'dialog', 'aria-labelledby': 'grant-detail-title' } }}>
      <Stack sx={{ p: 2.5, gap: 2, ...plainControlsSx }}>
        <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 1 }}>
          <Typography id="grant-detail-title" variant="h6" component="h2" sx={{ flexGrow: 1, wordBreak: 'break-word' }}>
            {title}
          </Typography>
          <IconButton aria-label="Close grant details" onClick={onClose}>
            <Close />
          </IconButton>
        </Box>
        {grant.isPending && <Skeleton variant="rounded" height={240} />}
        {grant.isError &&
          (grant.error instanceof ApiError && grant.error.status === 404 ? (
            <Alert severity="info">This grant no longer exists (it was deleted, perhaps by another admin).</Alert>
          ) : (
            <ErrorAlert error={grant.error} onRetry={() => void grant.refetch()} />
          ))}
        {data && (
          <>
            <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
              <CopyButton value={data.id} label="Copy ID" />
              <CopyButton value={JSON.stringify(data, null, 2)} label="Copy JSON" />
              <Box sx={{ flexGrow: 1 }} />
              <GrantRowActions grant={data} label={title} onEdit={() => onEdit(data)} onDelete={() => onDelete(data)} />
            </Box>
            <CopyAsButtons grant={data} />
            <GrantFields grant={data} names={names} />
            <Divider />
            <Typography variant="subtitle1" component="h3">
              {data.allow_all_scopes ? 'All scopes of the API' : `Scopes (${data.scope?.length ?? 0})`}
            </Typography>
            <List dense disablePadding aria-label="Granted scopes">
              {(data.scope ?? []).map((scope) => (
                <ListItem key={scope} disableGutters>
                  <ListItemText primary={<code>{scope}</code>} secondary={descriptions.get(scope) ?? (server?.status === 'found' ? 'No longer defined by the API' : undefined)} />
                </ListItem>
              ))}
            </List>
            <Button onClick={onClose} sx={{ alignSelf: 'flex-start' }}>
              Close
            </Button>
          </>
        )}
      </Stack>
    </Drawer>
  );
}
