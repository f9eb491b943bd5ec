import { Controller, useWatch, type UseFormReturn } from 'react-hook-form';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Typography from '@mui/material/Typography';
import type { ResourceServer } from '../../api/resource-servers';
import type { GrantFormContext } from './grant-form-schema';
import type { GrantFormValues } from './grant-form-values';
import { ScopePicker } from './scope-picker';

type Props = {
  form: UseFormReturn<GrantFormValues, GrantFormContext>;
  resourceServer: ResourceServer | undefined;
  readOnly: boolean;
};

const NO_SCOPES: never[] = [];

export function ScopesSection({ form, resourceServer, readOnly }: Props) {
  const { control, setValue, formState } = form;
  const [allScopes, scope, confirmed] = useWatch({
    control,
    name: ['allow_all_scopes', 'scope', 'confirm_no_scopes'],
  });
  const scopeError = formState.errors.scope?.message;
  // "All scopes" is refused by Auth0 on system APIs (§4); still shown when a grant already has it, so it can be turned off.
  const offerAllScopes = (resourceServer && !resourceServer.is_system) || allScopes;
  // Asked only once the admin has tried to save an empty list (or already confirmed), not as clutter up front.
  const askNoScopes = !allScopes && scope.length === 0 && (Boolean(scopeError) || confirmed);

  return (
    <>
      {offerAllScopes && (
        <Controller
          control={control}
          name="allow_all_scopes"
          render={({ field, fieldState }) => (
            <FormControl error={Boolean(fieldState.error)} disabled={readOnly}>
              <FormControlLabel
                label="All scopes (including scopes added to the API later)"
                control={
                  <Checkbox
                    checked={field.value}
                    onBlur={field.onBlur}
                    onChange={(event) => {
                      field.onChange(event.target.checked);
                      // Auth0 refuses all scopes beside a list (§4): the list gives way.
                      if (event.target.checked)
                        setValue('scope', [], { shouldDirty: true, shouldValidate: true });
                    }}
                  />
                }
              />
              {fieldState.error && <FormHelperText>{fieldState.error.message}</FormHelperText>}
            </FormControl>
          )}
        />
      )}
      {resourceServer ? (
        <Controller
          control={control}
          name="scope"
          render={({ field }) => (
            <ScopePicker
              scopes={resourceServer.scopes ?? NO_SCOPES}
              value={field.value}
              onChange={(next) => field.onChange(next)}
              disabled={readOnly || allScopes}
              error={scopeError}
            />
          )}
        />
      ) : (
        <Typography role="group" aria-label="Scopes" variant="body2" color="text.secondary">
          Choose an API to see its scopes.
        </Typography>
      )}
      {askNoScopes && !readOnly && (
        <Controller
          control={control}
          name="confirm_no_scopes"
          render={({ field }) => (
            <FormControlLabel
              label="Grant no scopes (tokens for this grant will allow nothing)"
              control={
                <Checkbox
                  checked={field.value}
                  onChange={(event) => {
                    field.onChange(event.target.checked);
                    void form.trigger('scope');
                  }}
                />
              }
            />
          )}
        />
      )}
    </>
  );
}
