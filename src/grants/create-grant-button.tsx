import Button from '@mui/material/Button';
import Tooltip from '@mui/material/Tooltip';
import Add from '@mui/icons-material/Add';
import { usePermission } from '../connection/use-permission';

/** Disabled, with the missing scope in its tooltip, when the token may not create grants. */
export function CreateGrantButton({ onClick }: { onClick(): void }) {
  const permission = usePermission('create');
  return (
    <Tooltip title={permission.reason ?? ''}>
      <span>
        <Button variant="contained" startIcon={<Add />} disabled={!permission.allowed} onClick={onClick}>
          Create grant
        </Button>
      </span>
    </Tooltip>
  );
}
