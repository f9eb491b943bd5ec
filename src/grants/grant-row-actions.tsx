import type { ClientGrant } from '../api/client-grants';
import { PlainIconButton } from '../components/plain-icon-button';
import { usePermission } from '../connection/use-permission';

type Props = { grant: ClientGrant; label: string; onEdit(): void; onDelete(): void };

const systemHint = 'System grant: managed by Auth0, it cannot be edited or deleted';

/** Edit and Delete, disabled with the missing scope named; system grants offer neither (Auth0 manages them). */
export function GrantRowActions({ grant, label, onEdit, onDelete }: Props) {
  const canUpdate = usePermission('update');
  const canDelete = usePermission('delete');
  if (grant.is_system) {
    return (
      <span className="cg-actions cg-locked" title={systemHint}>
        <span className="cg-i-lock" role="img" aria-label="System grant, read-only" />
      </span>
    );
  }
  return (
    <span className="cg-actions" onClick={(event) => event.stopPropagation()}>
      <PlainIconButton icon="edit" label={`Edit grant for ${label}`} title="Edit" reason={canUpdate.reason} onClick={onEdit} />
      <PlainIconButton
        icon="delete"
        label={`Delete grant for ${label}`}
        title="Delete"
        reason={canDelete.reason}
        onClick={onDelete}
      />
    </span>
  );
}
