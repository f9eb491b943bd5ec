import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import type { ClientGrant } from '../../api/client-grants';

type Props = { grant: ClientGrant; onEdit(grant: ClientGrant): void };

function scopesOf(grant: ClientGrant): string {
  if (grant.allow_all_scopes) return 'all scopes';
  const scopes = grant.scope ?? [];
  return scopes.length > 0 ? scopes.join(', ') : 'no scopes';
}

/** Auth0 allows one grant per application, API and subject type (§4): point at it instead of a 409. */
export function DuplicateNotice({ grant, onEdit }: Props) {
  return (
    <Alert
      severity="warning"
      action={
        <Button color="inherit" size="small" onClick={() => onEdit(grant)}>
          Edit the existing grant
        </Button>
      }
    >
      <AlertTitle>This application already has a grant for this API</AlertTitle>
      Auth0 allows one grant per application, API and subject type, and this one exists with subject type{' '}
      {grant.subject_type === 'user' ? 'user' : 'client'}. The existing grant ({grant.id}) has {scopesOf(grant)}.
    </Alert>
  );
}
