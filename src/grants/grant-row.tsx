import { memo } from 'react';
import type { ClientGrant } from '../api/client-grants';
import { appTypeLabel } from './app-types';
import { CopyIdButton } from './copy-id-button';
import { GrantRowActions } from './grant-row-actions';
import { OpenGrantButton } from './open-grant-button';
import { NameCell } from './name-cell';
import { ScopeChips } from './scope-chips';
import { SelectCheckbox } from '../components/select-checkbox';
import { grantLabel, type Names } from './use-names';
import { LastUsedCell } from './last-used-cell';

type Props = {
  grant: ClientGrant;
  names: Names;
  onOpen(grant: ClientGrant): void;
  onEdit(grant: ClientGrant): void;
  onDelete(grant: ClientGrant): void;
  /** Ticked for a bulk change. */
  selected: boolean;
  onSelect(grant: ClientGrant, selected: boolean): void;
  /** The optional "Last used" column, from the tenant's logs. */
  lastUsed: boolean;
  /** False for rows from an organization's list, which does not carry the subject type (organization-grants-page.ts). */
  subjectKnown?: boolean;
};

const subjectUnknown = "Not in the organization's list of grants: open the grant to see it";

const usageLabels = { deny: 'Denied', allow: 'Allowed', require: 'Required' } as const;

/**
 * Memoized: page-level changes (progress bar, notices, dialogs) must not re-render every row.
 * Plain <tr>/<td> styled by the table's class rules: a page change re-renders 25 rows at once, and
 * MUI's TableRow/TableCell resolved their styles per element on every one (bench/RESULTS.md).
 */
export const GrantRow = memo(function GrantRow(props: Props) {
  const { grant, names, onOpen, onEdit, onDelete, selected, onSelect, lastUsed, subjectKnown = true } = props;
  const app = names.app(grant.client_id);
  const api = names.api(grant.audience);
  const label = grantLabel(names, grant);
  return (
    <tr className="cg-row" onClick={() => onOpen(grant)}>
      <td className="cg-select-cell">
        <SelectCheckbox label={`Select grant for ${label}`} checked={selected} onChange={(on) => onSelect(grant, on)} />
      </td>
      <td>
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
      </td>
      <td>
        <NameCell
          lookup={api}
          id={grant.audience}
          missingLabel="Deleted API"
          badge={grant.is_system ? 'System' : undefined}
        />
      </td>
      <td className="cg-scopes">
        <ScopeChips grant={grant} />
      </td>
      {subjectKnown ? (
        <td>{grant.subject_type === 'user' ? 'User' : 'Client'}</td>
      ) : (
        <td title={subjectUnknown}>—</td>
      )}
      <td>
        <div>{grant.organization_usage ? usageLabels[grant.organization_usage] : '—'}</div>
        {grant.allow_any_organization && <span className="cg-chip">Any organization</span>}
      </td>
      <td>
        <span className="cg-id">
          <OpenGrantButton grant={grant} label={label} onOpen={onOpen}>
            {grant.id.slice(0, 8)}…
          </OpenGrantButton>
          <CopyIdButton value={grant.id} label={`Copy grant ID ${grant.id}`} />
        </span>
      </td>
      {lastUsed && <LastUsedCell grant={grant} />}
      <td className="cg-end">
        <GrantRowActions
          grant={grant}
          label={label}
          onEdit={() => onEdit(grant)}
          onDelete={() => onDelete(grant)}
        />
      </td>
    </tr>
  );
});
