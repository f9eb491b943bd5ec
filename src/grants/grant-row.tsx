import { memo } from 'react';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import type { ClientGrant } from '../api/client-grants';
import { CopyButton } from '../components/copy-button';
import { appTypeLabel } from './app-types';
import { GrantRowActions } from './grant-row-actions';
import { OpenGrantButton } from './open-grant-button';
import { NameCell } from './name-cell';
import { ScopeChips } from './scope-chips';
import { grantLabel, type Names } from './use-names';

type Props = {
  grant: ClientGrant;
  names: Names;
  onOpen(grant: ClientGrant): void;
  onEdit(grant: ClientGrant): void;
  onDelete(grant: ClientGrant): void;
};

const usageLabels = { deny: 'Denied', allow: 'Allowed', require: 'Required' } as const;

/** Memoized: page-level changes (progress bar, notices, dialogs) must not re-render every row. */
export const GrantRow = memo(function GrantRow({ grant, names, onOpen, onEdit, onDelete }: Props) {
  const app = names.app(grant.client_id);
  const api = names.api(grant.audience);
  const label = grantLabel(names, grant);
  return (
    <TableRow hover onClick={() => onOpen(grant)}>
      <TableCell>
        {grant.client_id ? (
          <NameCell
            lookup={app}
            id={grant.client_id}
            extra={app.status === 'found' ? appTypeLabel(app.value.app_type) : undefined}
            missingLabel="Deleted application"
          />
        ) : (
          <span className="cg-name">Third-party apps ({grant.default_for ?? 'default'})</span>
        )}
      </TableCell>
      <TableCell>
        <NameCell
          lookup={api}
          id={grant.audience}
          missingLabel="Deleted API"
          badge={grant.is_system ? 'System' : undefined}
        />
      </TableCell>
      <TableCell className="cg-scopes">
        <ScopeChips grant={grant} />
      </TableCell>
      <TableCell>{grant.subject_type === 'user' ? 'User' : 'Client'}</TableCell>
      <TableCell>
        <div>{grant.organization_usage ? usageLabels[grant.organization_usage] : '—'}</div>
        {grant.allow_any_organization && <span className="cg-chip">Any organization</span>}
      </TableCell>
      <TableCell>
        <span className="cg-id">
          <OpenGrantButton grant={grant} label={label} onOpen={onOpen}>
            {grant.id.slice(0, 8)}…
          </OpenGrantButton>
          <CopyButton value={grant.id} label={`Copy grant ID ${grant.id}`} />
        </span>
      </TableCell>
      <TableCell align="right">
        <GrantRowActions
          grant={grant}
          label={label}
          onEdit={() => onEdit(grant)}
          onDelete={() => onDelete(grant)}
        />
      </TableCell>
    </TableRow>
  );
});
