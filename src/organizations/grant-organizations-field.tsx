import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import type { Organization } from '../api/organizations';
import { ErrorAlert } from '../components/error-alert';
import { missingReason, useOrganizationAccess, type OrganizationAbility } from './organization-scopes';
import { OrganizationsCombobox } from './organizations-combobox';
import { useTenantOrganizations } from './use-tenant-organizations';

type Props = {
  /** Create only adds associations; Edit also reads the current ones and removes those taken out. */
  mode: 'create' | 'edit';
  value: Organization[];
  onChange(value: Organization[]): void;
  disabled: boolean;
  /** Edit: the grant's current associations while they are read (the field waits for them). */
  current?: { reading: boolean; error: unknown; retry(): void };
  /** Usage Require: without an organization no token can be issued, which the field says. */
  required: boolean;
};

const NEEDS: Record<Props['mode'], OrganizationAbility[]> = {
  create: ['readOrganizations', 'create'],
  edit: ['readAssociations', 'readOrganizations', 'create', 'remove'],
};

const number = new Intl.NumberFormat('en');

/** The scopes the field needs, from the token: without them a sentence replaces it and the grant is still written. */
export function useOrganizationsFieldReason(mode: Props['mode']): string | undefined {
  return missingReason(useOrganizationAccess(), ...NEEDS[mode]);
}

function helperText(reading: boolean, read: number, count: number): string {
  if (reading) return `Reading the tenant's organizations… ${number.format(read)} so far.`;
  return `The organizations tokens may be issued for through this grant (${number.format(count)} in the tenant). Search by name.`;
}

/** The organizations chosen in the create and edit forms, when usage is Allow or Require without "any". */
export function GrantOrganizationsField({ mode, value, onChange, disabled, current, required }: Props) {
  const reason = useOrganizationsFieldReason(mode);
  const tenant = useTenantOrganizations(reason === undefined);
  if (reason) {
    const written = mode === 'create' ? 'created' : 'saved';
    return (
      <Alert severity="info" role="status">
        {reason} The grant can still be {written}; ask for the scope to choose its organizations here.
      </Alert>
    );
  }
  const reading = tenant.reading || Boolean(current?.reading);
  return (
    <Stack sx={{ gap: 1 }}>
      <OrganizationsCombobox
        options={tenant.organizations ?? []}
        value={value}
        onChange={onChange}
        loading={reading}
        disabled={disabled || Boolean(current?.reading) || Boolean(current?.error)}
        noOptionsText="No organization matches"
        helperText={helperText(reading, tenant.read, tenant.organizations?.length ?? 0)}
      />
      {required && value.length === 0 && !reading && (
        <Alert severity="warning">
          With Require and no organization, no token can be issued through this grant until one is associated.
        </Alert>
      )}
      {tenant.error !== null && <ErrorAlert error={tenant.error} onRetry={tenant.retry} />}
      {current?.error ? <ErrorAlert error={current.error} onRetry={current.retry} /> : null}
    </Stack>
  );
}
