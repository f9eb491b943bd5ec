import Button from '@mui/material/Button';
import Add from '@mui/icons-material/Add';
import { ReasonTooltip } from '../components/reason-tooltip';
import { usePermission } from '../connection/use-permission';

/** Disabled, with the missing scope in its tooltip, when the token may not create grants. */
export function CreateGrantButton({ onClick }: { onClick(): void }) {
  const permission = usePermission('create');
  return (
    <ReasonTooltip reason={permission.reason}>
      <Button variant="contained" startIcon={<Add />} disabled={!permission.allowed} onClick={onClick}>
        Create grant
      </Button>
    </ReasonTooltip>
  );
}
