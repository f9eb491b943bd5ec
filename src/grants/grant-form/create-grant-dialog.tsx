import { useRef, useState, type FormEvent } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useQuery } from '@tanstack/react-query';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import type { ClientGrant } from '../../api/client-grants';
import { ApiError } from '../../api/errors';
import { useConnection } from '../../connection/connection-context';
import { usePermission } from '../../connection/use-permission';
import { clientQueries, grantQueries, resourceServerQueries } from '../grant-queries';
import { stillReading } from '../names-query';
import { CreateGrantFields } from './create-grant-fields';
import { DiscardConfirmDialog } from './discard-confirm-dialog';
import { DuplicateNotice } from './duplicate-notice';
import { grantFormResolver, type GrantFormContext } from './grant-form-schema';
import { buildCreatePayload, emptyGrantFormValues, type GrantFormValues } from './grant-form-values';
import { LoadErrorAlert } from './load-error-alert';
import { OrganizationFields } from './organization-fields';
import { ScopesSection } from './scopes-section';
import { serverError } from './server-error';
import { ServerErrorAlert } from './server-error-alert';
import { StillWaitingAlert } from './still-waiting-alert';
import { useCreateGrant } from './use-grant-mutations';
import { organizationsNote, useCreateOrganizations, type OrganizationsNote } from './use-form-organizations';
import { OrganizationsStep } from './organizations-step';
import { useStillWaiting } from './use-still-waiting';
import { WriteOutcomeError } from '../write-outcome';
import { useBackGuard } from '../use-back-guard';
import { GrantOrganizationsField } from '../../organizations';

type Props = {
  open: boolean;
  onClose(): void;
  /** `recovered`: the answer was lost (or was a 409 about this very grant) and the tenant was re-read. */
  onCreated(grant: ClientGrant, recovered?: 'lost' | 'exists', organizations?: OrganizationsNote): void;
  onEditExisting(grant: ClientGrant): void;
};

const NONE: never[] = [];

export function CreateGrantDialog({ open, onClose, onCreated, onEditExisting }: Props) {
  const { api } = useConnection();
  const permission = usePermission('create');
  const clients = useQuery({ ...clientQueries.all(api), enabled: open });
  const servers = useQuery({ ...resourceServerQueries.all(api), enabled: open });
  const resourceServers = servers.data?.items ?? NONE;
  const form = useForm<GrantFormValues, GrantFormContext>({
    resolver: grantFormResolver,
    context: { resourceServers },
    defaultValues: emptyGrantFormValues,
  });
  const organizations = useCreateOrganizations(form.control);
  // Once the grant exists the form gives way to its organizations' outcome (a second Create would be a 409).
  const [created, setCreated] = useState<{ grant: ClientGrant; recovered?: 'lost' | 'exists' }>();
  const [clientId, audience, subjectType] = useWatch({
    control: form.control,
    name: ['client_id', 'audience', 'subject_type'],
  });
  const key = { client_id: clientId, audience, subject_type: subjectType };
  const existing = useQuery({
    ...grantQueries.existing(api, key),
    enabled: open && Boolean(clientId && audience),
  });
  // The grant just created is not a duplicate of itself.
  const duplicate = clientId && audience && !created ? existing.data : undefined;
  const create = useCreateGrant();
  const waiting = useStillWaiting();
  const [confirmingDiscard, setConfirmingDiscard] = useState(false);
  // A double click fires two submits before React re-renders the disabled button: only the first may POST.
  const inFlight = useRef(false);
  const { isDirty, isSubmitting, errors } = form.formState;
  const busy = isSubmitting || create.isPending;

  // handleSubmit is built inside the event handler: the guard ref must only be read there, never during render.
  const onSubmit = (event: FormEvent) =>
    void form.handleSubmit(async (values) => {
      if (inFlight.current || duplicate || !permission.allowed) return;
      inFlight.current = true;
      try {
        const body = buildCreatePayload(values);
        const { grant, recovered } = await create.mutateAsync({ body, signal: waiting.start() });
        waiting.done();
        const chosen = organizations.toAssociate;
        if (chosen.length > 0) {
          setCreated({ grant, recovered });
          const changes = chosen.map((organization) => ({ organization, action: 'associate' as const }));
          const outcome = await organizations.changes.apply(grant.id, changes);
          // Any failure keeps the dialog open on the per-organization outcome, with Retry.
          if (outcome.failed.length > 0) return;
          onCreated(grant, recovered, organizationsNote({ total: changes.length, ...outcome }));
        } else onCreated(grant, recovered);
        onClose();
      } catch (error) {
        form.setError('root.server', serverError(error));
        // Someone created it meanwhile (or it may still appear): look it up again so the admin can open it.
        if ((error instanceof ApiError && error.status === 409) || error instanceof WriteOutcomeError) void existing.refetch();
      } finally {
        waiting.done();
        inFlight.current = false;
      }
    })(event);

  const finish = () => {
    if (!created) return;
    onCreated(created.grant, created.recovered, organizations.note());
    onClose();
  };
  const requestClose = () => {
    if (created) {
      if (!organizations.changes.state?.pending) finish();
      return;
    }
    if (busy) return;
    if (isDirty) setConfirmingDiscard(true);
    else onClose();
  };
  // Back while the dialog is open acts like Cancel: the page under it stays as it is.
  useBackGuard(open, requestClose);
  const resetForm = () => {
    form.reset(emptyGrantFormValues);
    create.reset();
    organizations.setChosen([]);
    setCreated(undefined);
  };
  const server = resourceServers.find((rs) => rs.identifier === audience);

  return (
    <Dialog
      open={open}
      onClose={requestClose}
      aria-labelledby="create-grant-title"
      fullWidth
      maxWidth="md"
      slotProps={{ transition: { onExited: resetForm } }}
    >
      {created && <DialogTitle id="create-grant-title">Create grant</DialogTitle>}
      {created && <OrganizationsStep written="Grant created" changes={organizations.changes} onClose={finish} />}
      <Stack component="form" noValidate onSubmit={onSubmit} sx={{ minHeight: 0, display: created ? 'none' : undefined }}>
        {!created && <DialogTitle id="create-grant-title">Create grant</DialogTitle>}
        <DialogContent dividers>
          <Stack spacing={2.5}>
            {!permission.allowed && (
              <Alert severity="warning">You cannot create grants: {permission.reason}</Alert>
            )}
            <LoadErrorAlert
              what="applications"
              error={clients.error}
              onRetry={() => void clients.refetch()}
            />
            <LoadErrorAlert what="APIs" error={servers.error} onRetry={() => void servers.refetch()} />
            <CreateGrantFields
              form={form}
              clients={{ data: clients.data?.items ?? NONE, loading: stillReading(clients) }}
              resourceServers={{ data: resourceServers, loading: stillReading(servers) }}
            />
            {duplicate && <DuplicateNotice grant={duplicate} onEdit={onEditExisting} />}
            <ScopesSection form={form} resourceServer={server} readOnly={false} />
            <OrganizationFields form={form} readOnly={false} canClearUsage />
            {organizations.shown && (
              <GrantOrganizationsField
                mode="create"
                value={organizations.chosen}
                onChange={organizations.setChosen}
                disabled={busy}
                required={organizations.required}
              />
            )}
            <StillWaitingAlert state={waiting.state} onStop={waiting.stop} />
            <ServerErrorAlert errors={errors} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={requestClose} disabled={busy}>
            Cancel
          </Button>
          <Button
            type="submit"
            variant="contained"
            disabled={busy || Boolean(duplicate) || !permission.allowed}
          >
            {busy ? 'Creating…' : 'Create'}
          </Button>
        </DialogActions>
      </Stack>
      <DiscardConfirmDialog
        open={confirmingDiscard}
        title="Discard the new grant?"
        onKeep={() => setConfirmingDiscard(false)}
        onDiscard={() => {
          setConfirmingDiscard(false);
          onClose();
        }}
      />
    </Dialog>
  );
}
