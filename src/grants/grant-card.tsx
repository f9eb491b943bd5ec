import { memo } from 'react';
import type { ClientGrant } from '../api/client-grants';
import { IsolatedText } from '../components/isolated-text';
import { SelectCheckbox } from '../components/select-checkbox';
import { GrantRowActions } from './grant-row-actions';
import { OpenGrantButton } from './open-grant-button';
import { ScopeChips } from './scope-chips';
import { apiLabel, appLabel, type Names, grantLabel } from './use-names';

type Props = {
  grant: ClientGrant;
  names: Names;
  onOpen(grant: ClientGrant): void;
  onEdit(grant: ClientGrant): void;
  onDelete(grant: ClientGrant): void;
  selected: boolean;
  onSelect(grant: ClientGrant, selected: boolean): void;
};

/** One grant on a narrow screen: app, API, scopes and actions without sideways scrolling. */
export const GrantCard = memo(function GrantCard({ grant, names, onOpen, onEdit, onDelete, selected, onSelect }: Props) {
  const app = names.app(grant.client_id);
  const api = names.api(grant.audience);
  const label = grantLabel(names, grant);
  return (
    <li className="cg-card" onClick={() => onOpen(grant)}>
      <div className="cg-card-head">
        <SelectCheckbox label={`Select grant for ${label}`} checked={selected} onChange={(on) => onSelect(grant, on)} />
        <span className="cg-name">
          <IsolatedText text={app.status === 'missing' ? 'Deleted application' : appLabel(names, grant.client_id)} />
          {grant.is_system && <span className="cg-chip cg-chip-secondary">System</span>}
        </span>
        <GrantRowActions
          grant={grant}
          label={label}
          onEdit={() => onEdit(grant)}
          onDelete={() => onDelete(grant)}
        />
      </div>
      <span className="cg-sub">
        → <IsolatedText text={api.status === 'missing' ? 'Deleted API' : apiLabel(names, grant.audience)} />
        {grant.subject_type === 'user' ? ' · user access' : ''}
      </span>
      <ScopeChips grant={grant} />
      <span>
        <OpenGrantButton grant={grant} label={label} onOpen={onOpen}>
          {grant.id} ›
        </OpenGrantButton>
      </span>
    </li>
  );
});
