import { Controller, type UseFormReturn } from 'react-hook-form';
import type { Client } from '../../api/clients';
import type { ResourceServer } from '../../api/resource-servers';
import { ApiField } from './api-field';
import { ApplicationField } from './application-field';
import type { GrantFormContext } from './grant-form-schema';
import type { GrantFormValues } from './grant-form-values';
import { SubjectTypeField } from './subject-type-field';

type Props = {
  form: UseFormReturn<GrantFormValues, GrantFormContext>;
  clients: { data: readonly Client[]; loading: boolean };
  resourceServers: { data: readonly ResourceServer[]; loading: boolean };
};

/** The grant's identity (application, API, subject type): chosen on create, immutable afterwards (§5). */
export function CreateGrantFields({ form, clients, resourceServers }: Props) {
  const { control, setValue } = form;
  return (
    <>
      <Controller
        control={control}
        name="client_id"
        render={({ field, fieldState }) => (
          <ApplicationField
            clients={clients.data}
            loading={clients.loading}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            inputRef={field.ref}
            error={fieldState.error?.message}
          />
        )}
      />
      <Controller
        control={control}
        name="audience"
        render={({ field, fieldState }) => (
          <ApiField
            resourceServers={resourceServers.data}
            loading={resourceServers.loading}
            value={field.value}
            onChange={(audience) => {
              if (audience === field.value) return;
              field.onChange(audience);
              // Scopes belong to one API: a list picked for another would only be rejected (§4).
              setValue('scope', []);
              setValue('allow_all_scopes', false);
              setValue('confirm_no_scopes', false);
            }}
            onBlur={field.onBlur}
            error={fieldState.error?.message}
          />
        )}
      />
      <SubjectTypeField control={control} />
    </>
  );
}
