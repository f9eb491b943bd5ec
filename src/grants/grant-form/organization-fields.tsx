import { Controller, useWatch, type UseFormReturn } from 'react-hook-form';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import type { GrantFormContext } from './grant-form-schema';
import type { GrantFormValues, OrganizationUsageChoice } from './grant-form-values';

type Props = {
  form: UseFormReturn<GrantFormValues, GrantFormContext>;
  readOnly: boolean;
  /** Auth0's PATCH cannot remove organization_usage, so "None" is offered only while it was never set. */
  canClearUsage: boolean;
};

const USAGES: { value: OrganizationUsageChoice; label: string }[] = [
  { value: 'none', label: 'None' },
  { value: 'deny', label: 'Deny' },
  { value: 'allow', label: 'Allow' },
  { value: 'require', label: 'Require' },
];

export function OrganizationFields({ form, readOnly, canClearUsage }: Props) {
  const { control, setValue } = form;
  const usage = useWatch({ control, name: 'organization_usage' });
  const orgsAllowed = usage === 'allow' || usage === 'require';
  return (
    <>
      <Controller
        control={control}
        name="organization_usage"
        render={({ field }) => (
          <FormControl disabled={readOnly}>
            <FormLabel id="organization-usage-label">Organization usage</FormLabel>
            <RadioGroup
              row
              aria-labelledby="organization-usage-label"
              name={field.name}
              value={field.value}
              onChange={(event) => {
                const next = event.target.value as OrganizationUsageChoice;
                field.onChange(next);
                // Auth0 rejects "any organization" unless usage is allow/require: don't leave a hidden error behind.
                if (next !== 'allow' && next !== 'require')
                  setValue('allow_any_organization', false, { shouldDirty: true });
              }}
            >
              {USAGES.map((option) => (
                <FormControlLabel
                  key={option.value}
                  value={option.value}
                  control={<Radio />}
                  label={option.label}
                  disabled={readOnly || (option.value === 'none' && !canClearUsage)}
                />
              ))}
            </RadioGroup>
            <FormHelperText>Whether tokens for this grant may be issued for an organization.</FormHelperText>
          </FormControl>
        )}
      />
      <Controller
        control={control}
        name="allow_any_organization"
        render={({ field, fieldState }) => (
          <FormControl error={Boolean(fieldState.error)} disabled={readOnly || !orgsAllowed}>
            <FormControlLabel
              control={
                <Checkbox
                  checked={field.value}
                  onChange={(event) => field.onChange(event.target.checked)}
                  onBlur={field.onBlur}
                />
              }
              label="Allow any organization"
            />
            <FormHelperText>
              {fieldState.error?.message ?? 'Available when organization usage is Allow or Require.'}
            </FormHelperText>
          </FormControl>
        )}
      />
    </>
  );
}
