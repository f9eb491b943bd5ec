import { useMemo } from 'react';
import { organizationLabel, sortedOrganizations, type TenantIndex } from '../tenant-index';
import { OrganizationCombobox } from './organization-combobox';
import { OrganizationsCoverageNote } from './organizations-coverage-note';
import { ReachableTable } from './reachable-table';
import type { ReachableRow } from './reachable-rows';
import { UnknownInLink } from './unknown-in-link';

type Props = {
  index: TenantIndex;
  /** The answer, computed by the page (it exports it with the other answers). */
  rows: ReachableRow[];
  organizationId: string | undefined;
  /** True until every grant has been read. */
  partial: boolean;
  /** The tenant (its grants or its organizations) is being read now. */
  reading: boolean;
  onChange(organizationId: string | undefined): void;
};

/** "What can reach an organization": one organization, every grant whose tokens can carry it. */
export function OrganizationQuestion({ index, rows, organizationId, partial, reading, onChange }: Props) {
  const { namesVersion, organizationsCoverage: coverage } = index;
  // Rebuilt when names change (organizations arrive), not after every page of grants.
  const organizations = useMemo(() => (namesVersion >= 0 ? sortedOrganizations(index) : []), [index, namesVersion]);
  const forbidden = coverage.status === 'forbidden';
  const incomplete = partial || coverage.status !== 'complete';
  const organization = organizationId ? index.organizations.get(organizationId) : undefined;
  const unknown = organizationId && !incomplete && !organization && !index.grantsByOrg.has(organizationId);
  return (
    <>
      <OrganizationCombobox
        organizations={organizations}
        value={organizationId}
        loading={incomplete && !forbidden}
        disabled={forbidden}
        onChange={onChange}
      />
      <OrganizationsCoverageNote coverage={coverage} reading={reading} />
      {unknown ? (
        <UnknownInLink what="organization" value={organizationId} />
      ) : (
        organizationId &&
        !forbidden && (
          <ReachableTable
            key={organizationId}
            rows={rows}
            organization={organization ? organizationLabel(organization) : organizationId}
            partial={incomplete}
          />
        )
      )}
    </>
  );
}
