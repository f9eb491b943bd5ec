import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
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
import { revealBidiControls } from '../components/bidi';
import { CopyButton } from '../components/copy-button';
import { ErrorAlert } from '../components/error-alert';
import { CopyAsButtons } from '../export';
import { BidiWarning } from './bidi-warning';
import { GrantFields } from './grant-fields';
import { GrantRowActions } from './grant-row-actions';
import { plainControlsSx } from '../components/plain-controls-styles';
import { isGrantId } from './grants-search';
import { apiLabel, appLabel, useNames } from './use-names';
import { useGrant } from './use-grant';
import { ApiError } from '../api/errors';
import { HistorySection, UsageRegion } from '../usage';
import { OrganizationsRegion } from '../organizations';

type Props = { id: string; onClose(): void; onEdit(grant: ClientGrant): void; onDelete(grant: ClientGrant): void };

// Every value here is shown whole: long ones wrap anywhere instead of being cut as in the table.
const wrapAnywhere = { overflowWrap: 'anywhere' } as const;

/** Everything about one grant (opened with ?grant=<id>, so it can be linked): fields, scope descriptions, copy. */
export function GrantDetailPanel({ id, onClose, onEdit, onDelete }: Props) {
  // A value that cannot be a grant id is not sent to the tenant: it is simply not found.
  const validId = isGrantId(id);
  const grant = useGrant(id, validId);
  const names = useNames();
  const data = grant.data;
  const server = data ? names.api(data.audience) : undefined;
  const descriptions = new Map(server?.status === 'found' ? (server.value.scopes ?? []).map((s) => [s.value, s.description]) : []);
  const notFound = !validId || (grant.error instanceof ApiError && grant.error.status === 404);
  const appName = data ? appLabel(names, data.client_id) : undefined;
  const apiName = data ? apiLabel(names, data.audience) : undefined;
  const title = data ? revealBidiControls(`${appName} → ${apiName}`) : notFound ? 'Grant not found' : 'Grant';
  return (
    <Drawer anchor="right" open onClose={onClose} slotProps={{ paper: { sx: { width: { xs: '100%', sm: 520 } }, role: 'dialog', 'aria-labelledby': 'grant-detail-title' } }}>
      <Stack sx={{ p: 2.5, gap: 2, ...plainControlsSx, '& code': wrapAnywhere }}>
        <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 1 }}>
          <Typography id="grant-detail-title" variant="h6" component="h2" sx={{ flexGrow: 1, minWidth: 0, ...wrapAnywhere }}>
            {title}
          </Typography>
          <IconButton aria-label="Close grant details" onClick={onClose}>
            <Close />
          </IconButton>
        </Box>
        {notFound ? (
          <Alert severity="info">
            <AlertTitle>Grant not found</AlertTitle>
            <Box component="span" sx={wrapAnywhere}>
              No grant with the id “{revealBidiControls(id)}” exists in this tenant. It may have been deleted (perhaps by
              another admin), or the link is wrong.
            </Box>
          </Alert>
        ) : (
          grant.isError && <ErrorAlert error={grant.error} onRetry={() => void grant.refetch()} />
        )}
        {validId && grant.isPending && <Skeleton variant="rounded" height={240} />}
        {data && (
          <>
            <BidiWarning values={[{ what: "application's name", text: appName }, { what: "API's name", text: apiName }]} />
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
                  <ListItemText primary={<code>{revealBidiControls(scope)}</code>} secondary={descriptions.get(scope) ?? (server?.status === 'found' ? 'No longer defined by the API' : undefined)} />
                </ListItem>
              ))}
            </List>
            <Divider />
            <OrganizationsRegion grant={data} />
            <Divider />
            <UsageRegion grant={data} />
            <Divider />
            <HistorySection grantId={data.id} revision={JSON.stringify(data)} />
          </>
        )}
        <Button onClick={onClose} sx={{ alignSelf: 'flex-start' }}>
          Close
        </Button>
      </Stack>
    </Drawer>
  );
}
