import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import Box from '@mui/material/Box';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import LockOutlined from '@mui/icons-material/LockOutlined';
import type { ClientGrant } from '../api/client-grants';
import { ReasonTooltip } from '../components/reason-tooltip';
import { usePermission } from '../connection/use-permission';

type Props = { grant: ClientGrant; label: string; onEdit(): void; onDelete(): void };

/** Edit and Delete, disabled with the missing scope named; system grants offer neither (Auth0 manages them). */
export function GrantRowActions({ grant, label, onEdit, onDelete }: Props) {
  const canUpdate = usePermission('update');
  const canDelete = usePermission('delete');
  if (grant.is_system) {
    return (
      <Tooltip title="System grant: managed by Auth0, it cannot be edited or deleted">
        <LockOutlined fontSize="small" color="disabled" titleAccess="System grant, read-only" />
      </Tooltip>
    );
  }
  return (
    <Box sx={{ display: 'flex', justifyContent: 'flex-end' }} onClick={(event) => event.stopPropagation()}>
      <ReasonTooltip reason={canUpdate.reason}>
        <IconButton size="small" aria-label={`Edit grant for ${label}`} title="Edit" disabled={!canUpdate.allowed} onClick={onEdit}>
          <EditOutlined fontSize="small" />
        </IconButton>
      </ReasonTooltip>
      <ReasonTooltip reason={canDelete.reason}>
        <IconButton size="small" aria-label={`Delete grant for ${label}`} title="Delete" disabled={!canDelete.allowed} onClick={onDelete}>
          <DeleteOutlined fontSize="small" />
        </IconButton>
      </ReasonTooltip>
    </Box>
  );
}
