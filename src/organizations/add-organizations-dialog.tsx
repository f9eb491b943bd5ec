import { useMemo, useState } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import { useQuery } from '@tanstack/react-query';
import type { Organization } from '../api/organizations';
import { revealBidiControls } from '../components/bidi';
import { ErrorAlert } from '../components/error-alert';
import { useConnection } from '../connection/connection-context';
import { organizationQueries } from './organization-queries';
import { organizationLabel } from './organization-label';
import { OrganizationsCombobox } from './organizations-combobox';
import { useAddOrganizations, type AddFailure } from './use-organization-writes';
import { useTenantOrganizations } from './use-tenant-organizations';

type Props = { grantId: string; onClose(): void };

const number = new Intl.NumberFormat('en');

/** Every organization of the tenant, and the ids already associated with the grant, both read to the end. */
function useCandidates(grantId: string) {
  const { api } = useConnection();
  const tenant = useTenantOrganizations();
  const associated = useQuery(organizationQueries.allOfGrant(api, grantId));
  const options = useMemo(() => {
    const taken = new Set(associated.data?.map((org) => org.id));
    return (tenant.organizations ?? []).filter((org) => !taken.has(org.id));
  }, [tenant.organizations, associated.data]);
  const reading = tenant.reading || associated.isPending;
  const error = tenant.error ?? associated.error;
  const retry = () => void Promise.all([tenant.retry(), associated.refetch()]);
  return { options, read: tenant.read, reading: reading && !error, error, retry };
}

function helperText(reading: boolean, read: number, count: number): string {
  if (reading) return `Reading the tenant's organizations… ${number.format(read)} so far.`;
  if (count === 0) return 'Every organization of the tenant is already associated with this grant.';
  return `${number.format(count)} organizations not yet associated. Search by name.`;
}

function Failures({ failed }: { failed: AddFailure[] }) {
  return failed.map(({ organization, error }) => (
    <Stack key={organization.id} sx={{ gap: 0.5 }}>
      <DialogContentText>Not added: {revealBidiControls(organizationLabel(organization))}</DialogContentText>
      <ErrorAlert error={error} />
    </Stack>
  ));
}

/** Choose organizations (any number, by name) not yet associated with the grant, and associate them. */
export function AddOrganizationsDialog({ grantId, onClose }: Props) {
  const candidates = useCandidates(grantId);
  const add = useAddOrganizations(grantId);
  const [chosen, setChosen] = useState<Organization[]>([]);
  const failed = add.data?.failed ?? [];
  const submit = () =>
    add.mutate(chosen, {
      onSuccess: (outcome) => {
        if (outcome.failed.length === 0) onClose();
        // The ones that failed stay chosen, for another try.
        else setChosen(outcome.failed.map(({ organization }) => organization));
      },
    });
  return (
    <Dialog
      open
      onClose={add.isPending ? undefined : onClose}
      aria-labelledby="add-orgs-title"
      fullWidth
      maxWidth="sm"
    >
      <DialogTitle id="add-orgs-title">Add organizations</DialogTitle>
      <DialogContent>
        <Stack sx={{ gap: 2, pt: 1 }}>
          <OrganizationsCombobox
            options={candidates.options}
            value={chosen}
            onChange={setChosen}
            loading={candidates.reading}
            disabled={add.isPending}
            noOptionsText="No organization not yet associated matches"
            helperText={helperText(candidates.reading, candidates.read, candidates.options.length)}
          />
          {candidates.error !== null && <ErrorAlert error={candidates.error} onRetry={candidates.retry} />}
          <Failures failed={failed} />
          {add.isError && <ErrorAlert error={add.error} />}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={add.isPending}>
          Cancel
        </Button>
        <Button variant="contained" onClick={submit} disabled={chosen.length === 0 || add.isPending}>
          {add.isPending ? 'Adding…' : 'Add'}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
