import { lazy, Suspense, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { useInfiniteQuery } from '@tanstack/react-query';
import type { ClientGrant } from '../api/client-grants';
import type { Organization } from '../api/organizations';
import { revealBidiControls } from '../components/bidi';
import { ErrorAlert } from '../components/error-alert';
import { ReasonTooltip } from '../components/reason-tooltip';
import { useConnection } from '../connection/connection-context';
import { organizationQueries } from './organization-queries';
import { organizationLabel } from './organization-label';
import { missingReason, type OrganizationAccess } from './organization-scopes';
import { RemoveOrganizationDialog } from './remove-organization-dialog';

// The dialog (and MUI's Autocomplete) loads when first opened, not with the detail panel.
const AddOrganizationsDialog = lazy(() =>
  import('./add-organizations-dialog').then((m) => ({ default: m.AddOrganizationsDialog })),
);

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

function emptyText(grant: ClientGrant): string {
  // `require` with nothing associated: no token can be issued for this grant at all.
  if (grant.organization_usage === 'require')
    return 'No organization is associated with this grant. It requires one, so no token can be issued through it until one is added.';
  return 'No organization is associated with this grant.';
}

/** The organizations associated with the grant (50 at a time), with Add and Remove. */
export function AssociatedOrganizations({ grant, access }: Props) {
  const { api } = useConnection();
  const query = useInfiniteQuery(organizationQueries.ofGrant(api, grant.id));
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<Organization>();
  const orgs = query.data?.pages.flatMap((page) => page.organizations) ?? [];
  const addReason = missingReason(access, 'readOrganizations', 'create');
  const removeReason = missingReason(access, 'remove');
  if (query.isPending)
    return <Skeleton variant="rounded" height={64} aria-label="Reading the associated organizations" />;
  return (
    <>
      {query.isError && (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
      )}
      {query.isSuccess && orgs.length === 0 && <Typography variant="body2">{emptyText(grant)}</Typography>}
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
        {query.hasNextPage && (
          <Button size="small" onClick={() => void query.fetchNextPage()} disabled={query.isFetchingNextPage}>
            {query.isFetchingNextPage ? 'Reading more…' : 'Show more organizations'}
          </Button>
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
      {adding && (
        <Suspense fallback={null}>
          <AddOrganizationsDialog grantId={grant.id} onClose={() => setAdding(false)} />
        </Suspense>
      )}
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
