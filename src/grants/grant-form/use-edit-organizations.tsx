import { useState } from 'react';
import type { Control } from 'react-hook-form';
import type { ClientGrant } from '../../api/client-grants';
import {
  GrantOrganizationsField,
  organizationChangeLines,
  organizationChanges,
  useCurrentOrganizations,
  useOrganizationChanges,
  useOrganizationsFieldReason,
  type Organization,
} from '../../organizations';
import type { GrantFormContext } from './grant-form-schema';
import type { GrantFormValues } from './grant-form-values';
import { useOrganizationsShown } from './use-form-organizations';

const NONE: Organization[] = [];

/**
 * Edit: the grant's organizations as read when the field first shows, what the admin chose instead, and the
 * writes that follow the save. Only the difference is written (associate the added, remove the taken out).
 */
export function useEditOrganizations(
  grant: ClientGrant,
  control: Control<GrantFormValues, GrantFormContext>,
  readOnly: boolean,
) {
  const organizationsShown = useOrganizationsShown(control);
  const shown = organizationsShown.shown && !readOnly;
  const reason = useOrganizationsFieldReason('edit');
  const usable = shown && !reason;
  const current = useCurrentOrganizations(grant.id, usable);
  // Undefined until the admin changes the choice: the field then shows the current ones.
  const [chosen, setChosen] = useState<Organization[]>();
  const value = chosen ?? current.base ?? NONE;
  const changes = usable && current.base ? organizationChanges(current.base, value) : [];
  const writes = useOrganizationChanges();
  const field = (disabled: boolean) =>
    shown && (
      <GrantOrganizationsField
        mode="edit"
        value={value}
        onChange={setChosen}
        disabled={disabled}
        current={current}
        required={organizationsShown.required}
      />
    );
  return { changes, lines: organizationChangeLines(changes), writes, field };
}
