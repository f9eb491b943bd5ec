import { memo } from 'react';
import { SelectCheckbox } from '../components/select-checkbox';
import { appTypeLabel } from '../grants/app-types';
import type { Holder } from '../tenant-index';
import { followGrantLink, grantHref } from './grant-link';
import { OrganizationReachText } from './organization-reach-text';
import { organizationReachDetail, type OrganizationReach } from './organization-text';
import { revealBidiControls } from '../components/bidi';

type Props = {
  holder: Holder;
  label: string;
  /** Which organizations the grant reaches (organization-text.ts). */
  reach: OrganizationReach;
  selected: boolean;
  onSelect(holder: Holder, selected: boolean): void;
};

/**
 * One grant holding the scope. Plain elements styled by the class rules in holder-rows-rules.ts, like the
 * grants table's rows: a page of 50 holders as MUI TableRow/TableCell/Typography/Link was ~600 styled
 * components, most of the longest task when a scope is chosen.
 */
export const HolderRow = memo(function HolderRow({ holder, label, reach, selected, onSelect }: Props) {
  const { grant, client, api } = holder;
  const name = client?.name ?? (grant.default_for ? 'All third-party applications' : 'Deleted application');
  const detail = client ? appTypeLabel(client.app_type) : (grant.client_id ?? grant.default_for ?? '');
  const reachDetail = organizationReachDetail(reach);
  return (
    <tr className={selected ? 'cg-hrow cg-hrow-selected' : 'cg-hrow'}>
      <td className="cg-hcheck">
        <SelectCheckbox label={`Select grant for ${label}`} checked={selected} onChange={(on) => onSelect(holder, on)} />
      </td>
      <th scope="row" className="cg-hname">
        <bdi>{revealBidiControls(name)}</bdi>
        <div className="cg-hsub">{revealBidiControls(detail)}</div>
      </th>
      <td className="cg-hname">
        <bdi>{revealBidiControls(api?.name ?? 'Deleted API')}</bdi>
        <div className="cg-hsub">{revealBidiControls(grant.audience)}</div>
      </td>
      <td>{grant.subject_type === 'user' ? 'User' : 'Client'}</td>
      <td className="cg-hname">
        <OrganizationReachText reach={reach} />
        {reachDetail && <div className="cg-hsub">{reachDetail}</div>}
      </td>
      <td>{holder.viaAllScopes ? 'All scopes' : 'Listed'}</td>
      <td>
        <a className="cg-hlink" href={grantHref(grant.id)} onClick={followGrantLink}>
          <code>{grant.id}</code>
        </a>
      </td>
    </tr>
  );
});
