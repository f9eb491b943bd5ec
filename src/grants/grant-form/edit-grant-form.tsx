import { useEffect, useRef, useState, type FormEvent, type RefObject } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { UseQueryResult } from '@tanstack/react-query';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import type { ClientGrant } from '../../api/client-grants';
import type { Client } from '../../api/clients';
import type { ResourceServer } from '../../api/resource-servers';
import { stillReading, type NamesList } from '../names-query';
import { usePermission } from '../../connection/use-permission';
import { ChangeSummary } from './change-summary';
import { DiscardConfirmDialog } from './discard-confirm-dialog';
import { describeGrantChanges } from './grant-changes';
import { createGrantFormSchema, grantFormResolver, type GrantFormContext } from './grant-form-schema';
import { valuesFromGrant, type GrantFormValues } from './grant-form-values';
import { GrantIdentitySummary } from './grant-identity-summary';
import { holdsNote, mergedNote, savedNote } from './grant-messages';
import { LoadErrorAlert } from './load-error-alert';
import { OrganizationFields } from './organization-fields';
import { OtherChangeAlert } from './other-change-alert';
import { ScopesSection } from './scopes-section';
import { serverError } from './server-error';
import { ServerErrorAlert } from './server-error-alert';
import { useSaveGrant, type OtherChange, type SaveOutcome } from './use-save-grant';
import { organizationsNote, type OrganizationsNote } from './use-form-organizations';
import { OrganizationsStep } from './organizations-step';
import { useEditOrganizations } from './use-edit-organizations';

type Props = {
  /** The grant as the tenant held it when the form opened (read afresh). */
  grant: ClientGrant;
  onClose(): void;
  onSaved(grant: ClientGrant, note: string, organizations?: OrganizationsNote): void;
  /** The dialog's Escape/backdrop close goes through this form: it knows about unsaved edits. */
  closeRequestRef: RefObject<() => void>;
  /** Loaded by the dialog from the moment it opens, in parallel with the grant. */
  clients: UseQueryResult<NamesList<Client>>;
  servers: UseQueryResult<NamesList<ResourceServer>>;
};

const NONE: never[] = [];
const LOST_NOTE = 'The response was lost; re-reading the grant shows the tenant stored the change.';

function readOnlyReason(grant: ClientGrant, permission: { allowed: boolean; reason?: string }) {
  if (grant.is_system) {
    return 'This is a system grant: Auth0 creates and manages it, and the Management API refuses to change it.';
  }
  if (!permission.allowed) return `You cannot edit grants: ${permission.reason}`;
  return undefined;
}

function savedNotes(outcome: Extract<SaveOutcome, { kind: 'saved' }>, note: string): string {
  const { grant, recovered } = outcome.result;
  const lines = [recovered ? LOST_NOTE : '', outcome.other ? mergedNote(outcome.other.theirChanges) : ''];
  return [...lines.filter(Boolean), holdsNote(grant), note].join(' ');
}

export function EditGrantForm({ grant, onClose, onSaved, closeRequestRef, clients, servers }: Props) {
  const permission = usePermission('update');
  const resourceServers = servers.data?.items ?? NONE;
  // What the form was filled from; moves to what the tenant holds when another change was merged in.
  const [base, setBase] = useState(grant);
  const [other, setOther] = useState<OtherChange>();
  const form = useForm<GrantFormValues, GrantFormContext>({
    resolver: grantFormResolver,
    context: { resourceServers },
    defaultValues: valuesFromGrant(grant),
  });
  const values = useWatch({ control: form.control }) as GrantFormValues;
  const saving = useSaveGrant();
  const [confirmingDiscard, setConfirmingDiscard] = useState(false);
  const inFlight = useRef(false);
  const { isSubmitting, errors } = form.formState;
  const busy = isSubmitting || saving.pending;
  const reason = readOnlyReason(base, permission);
  const server = resourceServers.find((rs) => rs.identifier === base.audience);
  const organizations = useEditOrganizations(base, form.control, Boolean(reason));
  const changes = reason ? [] : [...describeGrantChanges(base, values), ...organizations.lines];
  // Once the grant is saved, the form gives way to its organizations' outcome (with Retry) until closed.
  const [saved, setSaved] = useState<{ grant: ClientGrant; note: string }>();

  const review = (outcome: Extract<SaveOutcome, { kind: 'review' }>) => {
    setBase(outcome.base);
    setOther(outcome.other);
    // Kept as the form's defaults: the discard prompt still counts the admin's edits as unsaved.
    form.reset(outcome.values, { keepDefaultValues: true });
    void form.trigger();
  };

  // handleSubmit is built inside the event handler: the guard ref must only be read there, never during render.
  const onSubmit = (event: FormEvent) =>
    void form.handleSubmit(async (submitted) => {
      if (reason || inFlight.current) return;
      inFlight.current = true;
      const isValid = (merged: GrantFormValues) => createGrantFormSchema(resourceServers).safeParse(merged).success;
      try {
        const outcome = await saving.save(base, submitted, isValid);
        if (outcome.kind === 'review') {
          review(outcome);
          return;
        }
        const note = savedNotes(outcome, savedNote(server));
        const orgChanges = organizations.changes;
        if (orgChanges.length > 0) {
          setSaved({ grant: outcome.result.grant, note });
          const written = await organizations.writes.apply(base.id, orgChanges);
          // Any failure keeps the dialog open on the per-organization outcome, with Retry.
          if (written.failed.length > 0) return;
          onSaved(outcome.result.grant, note, organizationsNote({ total: orgChanges.length, ...written }));
        } else onSaved(outcome.result.grant, note);
        onClose();
      } catch (error) {
        form.setError('root.server', serverError(error));
      } finally {
        inFlight.current = false;
      }
    })(event);

  const finish = () => {
    if (!saved) return;
    const state = organizations.writes.state;
    onSaved(saved.grant, saved.note, state && organizationsNote(state));
    onClose();
  };
  const requestClose = () => {
    if (saved) {
      if (!organizations.writes.state?.pending) finish();
      return;
    }
    if (busy) return;
    if (changes.length > 0) setConfirmingDiscard(true);
    else onClose();
  };
  useEffect(() => {
    closeRequestRef.current = requestClose;
  });

  if (saved) {
    return (
      <>
        <DialogTitle id="edit-grant-title">Edit grant</DialogTitle>
        <OrganizationsStep written="Grant saved" changes={organizations.writes} onClose={finish} />
      </>
    );
  }
  return (
    <Stack component="form" noValidate onSubmit={onSubmit} sx={{ minHeight: 0 }}>
      <DialogTitle id="edit-grant-title">{reason ? 'Grant' : 'Edit grant'}</DialogTitle>
      <DialogContent dividers>
        <Stack spacing={2.5}>
          {reason && <Alert severity="info">{reason}</Alert>}
          {other && <OtherChangeAlert other={other} left={changes.length > 0} />}
          <LoadErrorAlert what="applications" error={clients.error} onRetry={() => void clients.refetch()} />
          <LoadErrorAlert what="APIs" error={servers.error} onRetry={() => void servers.refetch()} />
          <GrantIdentitySummary
            grant={base}
            client={clients.data?.items.find((client) => client.client_id === base.client_id)}
            resourceServer={server}
            apiError={errors.audience?.message}
            loading={stillReading(clients) || stillReading(servers)}
          />
          <ScopesSection form={form} resourceServer={server} readOnly={Boolean(reason)} />
          <OrganizationFields form={form} readOnly={Boolean(reason)} canClearUsage={!base.organization_usage} />
          {organizations.field(busy)}
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
            {busy ? 'Saving…' : other ? 'Confirm and save' : 'Save'}
          </Button>
        )}
      </DialogActions>
      <DiscardConfirmDialog
        open={confirmingDiscard}
        title="Discard your changes?"
        onKeep={() => setConfirmingDiscard(false)}
        onDiscard={() => {
          setConfirmingDiscard(false);
          onClose();
        }}
      />
    </Stack>
  );
}
