import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useQuery } from '@tanstack/react-query';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import Box from '@mui/material/Box';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import type { ClientGrant } from '../../api/client-grants';
import { useConnection } from '../../connection/connection-context';
import { usePermission } from '../../connection/use-permission';
import { clientQueries, resourceServerQueries } from '../grant-queries';
import { stillReading } from '../names-query';
import { ChangeSummary } from './change-summary';
import { DiscardConfirmDialog } from './discard-confirm-dialog';
import { describeGrantChanges } from './grant-changes';
import { grantFormResolver, type GrantFormContext } from './grant-form-schema';
import {
  buildUpdatePayload,
  emptyGrantFormValues,
  valuesFromGrant,
  type GrantFormValues,
} from './grant-form-values';
import { GrantIdentitySummary } from './grant-identity-summary';
import { savedNote } from './grant-messages';
import { LoadErrorAlert } from './load-error-alert';
import { OrganizationFields } from './organization-fields';
import { ScopesSection } from './scopes-section';
import { serverError } from './server-error';
import { ServerErrorAlert } from './server-error-alert';
import { useUpdateGrant } from './use-grant-mutations';
import { useBackGuard } from '../use-back-guard';

type Props = {
  grant: ClientGrant | undefined;
  open: boolean;
  onClose(): void;
  onSaved(grant: ClientGrant, note: string): void;
};

const NONE: never[] = [];

function readOnlyReason(grant: ClientGrant | undefined, permission: { allowed: boolean; reason?: string }) {
  if (!grant) return 'The grant is not loaded.';
  if (grant.is_system) {
    return 'This is a system grant: Auth0 creates and manages it, and the Management API refuses to change it.';
  }
  if (!permission.allowed) return `You cannot edit grants: ${permission.reason}`;
  return undefined;
}

export function EditGrantDialog({ grant, open, onClose, onSaved }: Props) {
  const { api } = useConnection();
  const permission = usePermission('update');
  const clients = useQuery({ ...clientQueries.all(api), enabled: open });
  const servers = useQuery({ ...resourceServerQueries.all(api), enabled: open });
  const resourceServers = servers.data?.items ?? NONE;
  const initial = useMemo(() => (grant ? valuesFromGrant(grant) : emptyGrantFormValues), [grant]);
  const form = useForm<GrantFormValues, GrantFormContext>({
    resolver: grantFormResolver,
    context: { resourceServers },
    values: initial,
  });
  const values = useWatch({ control: form.control }) as GrantFormValues;
  const update = useUpdateGrant();
  const [confirmingDiscard, setConfirmingDiscard] = useState(false);
  const inFlight = useRef(false);
  const { isDirty, isSubmitting, errors } = form.formState;
  const busy = isSubmitting || update.isPending;
  const reason = readOnlyReason(grant, permission);
  const server = grant ? resourceServers.find((rs) => rs.identifier === grant.audience) : undefined;
  const changes = grant && !reason ? describeGrantChanges(grant, values) : [];

  // handleSubmit is built inside the event handler: the guard ref must only be read there, never during render.
  const onSubmit = (event: FormEvent) =>
    void form.handleSubmit(async (submitted) => {
      if (!grant || reason || inFlight.current) return;
      const body = buildUpdatePayload(grant, submitted);
      if (!body) return;
      inFlight.current = true;
      try {
        const saved = await update.mutateAsync({ id: grant.id, body });
        onSaved(saved, savedNote(server));
        onClose();
      } catch (error) {
        form.setError('root.server', serverError(error));
      } finally {
        inFlight.current = false;
      }
    })(event);

  const requestClose = () => {
    if (busy) return;
    if (isDirty && !reason) setConfirmingDiscard(true);
    else onClose();
  };
  // Back while the dialog is open acts like Cancel: the page under it stays as it is.
  useBackGuard(open, requestClose);
  const resetForm = () => {
    form.reset(initial);
    update.reset();
  };

  return (
    <Dialog
      open={open}
      onClose={requestClose}
      aria-labelledby="edit-grant-title"
      fullWidth
      maxWidth="md"
      slotProps={{ transition: { onExited: resetForm } }}
    >
      <Stack component="form" noValidate onSubmit={onSubmit} sx={{ minHeight: 0 }}>
        <DialogTitle id="edit-grant-title">{reason ? 'Grant' : 'Edit grant'}</DialogTitle>
        <DialogContent dividers>
          <Stack spacing={2.5}>
            {reason && <Alert severity="info">{reason}</Alert>}
            <LoadErrorAlert
              what="applications"
              error={clients.error}
              onRetry={() => void clients.refetch()}
            />
            <LoadErrorAlert what="APIs" error={servers.error} onRetry={() => void servers.refetch()} />
            {grant && (
              <GrantIdentitySummary
                grant={grant}
                client={clients.data?.items.find((client) => client.client_id === grant.client_id)}
                resourceServer={server}
                apiError={errors.audience?.message}
                loading={stillReading(clients) || stillReading(servers)}
              />
            )}
            <ScopesSection form={form} resourceServer={server} readOnly={Boolean(reason)} />
            <OrganizationFields
              form={form}
              readOnly={Boolean(reason)}
              canClearUsage={!grant?.organization_usage}
            />
            <ServerErrorAlert errors={errors} />
          </Stack>
        </DialogContent>
        {/* Outside the scrolling content, beside Save: what will change is in view when the admin saves. */}
        {changes.length > 0 && (
          <Box sx={{ px: 3, pt: 1.5, flexShrink: 0, maxHeight: 160, overflowY: 'auto', borderTop: 1, borderColor: 'divider' }}>
            <ChangeSummary lines={changes} />
          </Box>
        )}
        <DialogActions>
          <Button onClick={requestClose} disabled={busy}>
            {reason ? 'Close' : 'Cancel'}
          </Button>
          {!reason && (
            <Button type="submit" variant="contained" disabled={busy || changes.length === 0}>
              {busy ? 'Saving…' : 'Save'}
            </Button>
          )}
        </DialogActions>
      </Stack>
      <DiscardConfirmDialog
        open={confirmingDiscard}
        title="Discard your changes?"
        onKeep={() => setConfirmingDiscard(false)}
        onDiscard={() => {
          setConfirmingDiscard(false);
          onClose();
        }}
      />
    </Dialog>
  );
}
