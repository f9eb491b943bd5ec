import { lazy, Suspense } from 'react';
import type { ClientGrant } from '../api/client-grants';
import { createdMessage, recoveredCreateNote } from './grant-form/grant-messages';
import type { OrganizationsNote } from './grant-form/use-form-organizations';
import type { Notice } from './notice-snackbar';
import { apiLabel, appLabel, type Names, grantLabel } from './use-names';

// Loaded on demand: the first rows must not wait for form code that only a click needs.
const CreateGrantDialog = lazy(() =>
  import('./grant-form/create-grant-dialog').then((m) => ({ default: m.CreateGrantDialog })),
);
const EditGrantDialog = lazy(() =>
  import('./grant-form/edit-grant-dialog').then((m) => ({ default: m.EditGrantDialog })),
);

/** The organizations' part of the notice; an association left failed keeps the notice up as an error. */
function withOrganizations(message: string, organizations: OrganizationsNote | undefined): Notice {
  if (!organizations) return { severity: 'success', message };
  return { severity: organizations.complete ? 'success' : 'error', message: `${message} ${organizations.note}` };
}

export type DialogState = { kind: 'create' } | { kind: 'edit'; grant: ClientGrant } | undefined;

type Props = {
  state: DialogState;
  names: Names;
  onChange(state: DialogState): void;
  onNotice(notice: Notice): void;
  onOpenGrant(id: string): void;
};

/** The create and edit dialogs, mounted only while open (each closes itself after success), and the page's reactions. */
export function GrantDialogs({ state, names, onChange, onNotice, onOpenGrant }: Props) {
  const close = () => onChange(undefined);
  return (
    <Suspense>
      {state?.kind === 'create' && (
        <CreateGrantDialog
          open
          onClose={close}
          onCreated={(grant, recovered, organizations) => {
            const message = `${recoveredCreateNote(recovered)}${createdMessage(
              grant,
              appLabel(names, grant.client_id),
              apiLabel(names, grant.audience),
            )}`;
            onNotice(withOrganizations(message, organizations));
            onOpenGrant(grant.id);
          }}
          onEditExisting={(grant) => onChange({ kind: 'edit', grant })}
        />
      )}
      {state?.kind === 'edit' && (
        <EditGrantDialog
          grant={state.grant}
          open
          onClose={close}
          onSaved={(grant, note, organizations) =>
            onNotice(withOrganizations(`Saved the grant for ${grantLabel(names, grant)}. ${note}`, organizations))
          }
        />
      )}
    </Suspense>
  );
}
