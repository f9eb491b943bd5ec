import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ClientGrant } from '../api/client-grants';
import type { Organization } from '../api/organizations';
import { revealBidiControls } from '../components/bidi';
import { ErrorAlert } from '../components/error-alert';
import { ReasonTooltip } from '../components/reason-tooltip';
import { useConnection } from '../connection/connection-context';
import { organizationQueries, SHOWN_PER_PAGE } from './organization-queries';
import { organizationLabel } from './organization-label';
import { missingReason, type OrganizationAccess } from './organization-scopes';
import { RemoveOrganizationDialog } from './remove-organization-dialog';

import { AddOrganizationsDialog } from './add-organizations-dialog';

type Props = { grant: ClientGrant; access: OrganizationAccess };

function OrganizationItem({
  org,
  removeReason,
  onRemove,
}: {
  org: Organization;
  removeReason?: string;
  onRemove(): void;
}) {
  const label = revealBidiControls(organizationLabel(org));
  const secondary = org.display_name === undefined ? org.id : `${revealBidiControls(org.name)} · ${org.id}`;
  return (
    <ListItem
      disableGutters
      secondaryAction={
        <ReasonTooltip reason={removeReason}>
          <Button
            size="small"
            color="error"
            aria-label={`Remove ${label}`}
            disabled={removeReason !== undefined}
            onClick={onRemove}
          >
            Remove
          </Button>
        </ReasonTooltip>
      }
    >
      <ListItemText primary={label} secondary={secondary} sx={{ overflowWrap: 'anywhere', pr: 10 }} />
    </ListItem>
  );
}

const number = new Intl.NumberFormat('en');

function countText(page: number, shown: number, total: number): string {
  if (total <= SHOWN_PER_PAGE) return `${number.format(total)} associated`;
  const first = page * SHOWN_PER_PAGE + 1;
  return `${number.format(first)}–${number.format(first + shown - 1)} of ${number.format(total)} associated`;
}

function emptyText(grant: ClientGrant): string {
  // `require` with nothing associated: no token can be issued for this grant at all.
  if (grant.organization_usage === 'require')
    return 'No organization is associated with this grant. It requires one, so no token can be issued through it until one is added.';
  return 'No organization is associated with this grant.';
}

/** The organizations associated with the grant (50 at a time), with Add and Remove. */
export function AssociatedOrganizations({ grant, access }: Props) {
  const { api } = useConnection();
  const [page, setPage] = useState(0);
  const query = useQuery({
    ...organizationQueries.ofGrant(api, grant.id, page),
    placeholderData: keepPreviousData,
  });
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<Organization>();
  const orgs = query.data?.organizations ?? [];
  const total = query.data?.total ?? 0;
  // A removal may empty the last page: go back to the one that now ends the list.
  const lastPage = Math.max(0, Math.ceil(total / SHOWN_PER_PAGE) - 1);
  if (query.isSuccess && !query.isPlaceholderData && page > lastPage) setPage(lastPage);
  const addReason = missingReason(access, 'readOrganizations', 'create');
  const removeReason = missingReason(access, 'remove');
  if (query.isPending)
    return <Skeleton variant="rounded" height={64} aria-label="Reading the associated organizations" />;
  return (
    <>
      {query.isError && (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
      )}
      {query.isSuccess && total === 0 && <Typography variant="body2">{emptyText(grant)}</Typography>}
      {total > 0 && <Typography variant="body2">{countText(page, orgs.length, total)}</Typography>}
      <List dense disablePadding aria-label="Associated organizations" hidden={orgs.length === 0}>
        {orgs.map((org) => (
          <OrganizationItem
            key={org.id}
            org={org}
            removeReason={removeReason}
            onRemove={() => setRemoving(org)}
          />
        ))}
      </List>
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
        {total > SHOWN_PER_PAGE && (
          <>
            <Button size="small" onClick={() => setPage(page - 1)} disabled={page === 0 || query.isFetching}>
              Previous organizations
            </Button>
            <Button
              size="small"
              onClick={() => setPage(page + 1)}
              disabled={page >= lastPage || query.isFetching}
            >
              Next organizations
            </Button>
          </>
        )}
        <ReasonTooltip reason={addReason}>
          <Button
            size="small"
            variant="outlined"
            disabled={addReason !== undefined}
            onClick={() => setAdding(true)}
          >
            Add organizations…
          </Button>
        </ReasonTooltip>
      </Box>
      {adding && <AddOrganizationsDialog grantId={grant.id} onClose={() => setAdding(false)} />}
      {removing && (
        <RemoveOrganizationDialog
          grantId={grant.id}
          organization={removing}
          onClose={() => setRemoving(undefined)}
        />
      )}
    </>
  );
}
