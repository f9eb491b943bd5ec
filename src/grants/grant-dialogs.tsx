import { lazy, Suspense } from 'react';
import type { ClientGrant } from '../api/client-grants';
import { createdMessage, recoveredCreateNote } from './grant-form/grant-messages';
import type { Notice } from './notice-snackbar';
import { apiLabel, appLabel, type Names, grantLabel } from './use-names';

// Loaded on demand: the first rows must not wait for form code that only a click needs.
const CreateGrantDialog = lazy(() =>
  import('./grant-form/create-grant-dialog').then((m) => ({ default: m.CreateGrantDialog })),
);
const EditGrantDialog = lazy(() =>
  import('./grant-form/edit-grant-dialog').then((m) => ({ default: m.EditGrantDialog })),
);

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
          onCreated={(grant, recovered) => {
            onNotice({
              severity: 'success',
              message: `${recoveredCreateNote(recovered)}${createdMessage(
                grant,
                appLabel(names, grant.client_id),
                apiLabel(names, grant.audience),
              )}`,
            });
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
          onSaved={(grant, note) =>
            onNotice({
              severity: 'success',
              message: `Saved the grant for ${grantLabel(names, grant)}. ${note}`,
            })
          }
        />
      )}
    </Suspense>
  );
}
