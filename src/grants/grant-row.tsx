import { memo } from 'react';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import Box from '@mui/material/Box';
import type { ClientGrant } from '../api/client-grants';
import { CopyButton } from '../components/copy-button';
import { appTypeLabel } from './app-types';
import { GrantRowActions } from './grant-row-actions';
import { NameCell } from './name-cell';
import { ScopeChips } from './scope-chips';
import { apiLabel, appLabel, type Names } from './use-names';

type Props = { grant: ClientGrant; names: Names; onOpen(grant: ClientGrant): void; onEdit(grant: ClientGrant): void; onDelete(grant: ClientGrant): void };

const usageLabels = { deny: 'Denied', allow: 'Allowed', require: 'Required' } as const;

/** Memoized: page-level changes (progress bar, notices, dialogs) must not re-render every row. */
export const GrantRow = memo(function GrantRow({ grant, names, onOpen, onEdit, onDelete }: Props) {
  const app = names.app(grant.client_id);
  const api = names.api(grant.audience);
  const label = `${appLabel(names, grant.client_id)} on ${apiLabel(names, grant.audience)}`;
  return (
    <TableRow hover onClick={() => onOpen(grant)} sx={{ cursor: 'pointer', '& td': { verticalAlign: 'top', py: 1.25 } }}>
      <TableCell>
        {grant.client_id ? (
          <NameCell lookup={app} id={grant.client_id} extra={app.status === 'found' ? appTypeLabel(app.value.app_type) : undefined} missingLabel="Deleted application" />
        ) : (
          <Typography variant="body2">Third-party apps ({grant.default_for ?? 'default'})</Typography>
        )}
      </TableCell>
      <TableCell>
        <NameCell lookup={api} id={grant.audience} missingLabel="Deleted API" badge={grant.is_system ? 'System' : undefined} />
      </TableCell>
      <TableCell sx={{ width: '34%', minWidth: 240 }}>
        <ScopeChips grant={grant} />
      </TableCell>
      <TableCell>{grant.subject_type === 'user' ? 'User' : 'Client'}</TableCell>
      <TableCell>
        <Typography variant="body2">{grant.organization_usage ? usageLabels[grant.organization_usage] : '—'}</Typography>
        {grant.allow_any_organization && <Chip size="small" variant="outlined" label="Any organization" sx={{ mt: 0.5 }} />}
      </TableCell>
      <TableCell>
        <Box sx={{ display: 'flex', alignItems: 'center', whiteSpace: 'nowrap' }}>
          <Link
            component="button"
            variant="body2"
            underline="hover"
            sx={{ fontFamily: 'monospace' }}
            aria-label={`Open grant ${grant.id} (${label})`}
            onClick={(event: React.MouseEvent) => {
              event.stopPropagation();
              onOpen(grant);
            }}
          >
            {grant.id.slice(0, 8)}…
          </Link>
          <CopyButton value={grant.id} label={`Copy grant ID ${grant.id}`} />
        </Box>
      </TableCell>
      <TableCell align="right">
        <GrantRowActions grant={grant} label={label} onEdit={() => onEdit(grant)} onDelete={() => onDelete(grant)} />
      </TableCell>
    </TableRow>
  );
});
