import { useState } from 'react';
import { useWatch, type Control } from 'react-hook-form';
import {
  organizationChangesNote,
  useOrganizationChanges,
  useOrganizationsFieldReason,
  type Organization,
} from '../../organizations';
import type { GrantFormContext } from './grant-form-schema';
import type { GrantFormValues } from './grant-form-values';

/** What the page's notice says about the second step, and whether every association was made. */
export type OrganizationsNote = { note: string; complete: boolean };

export function organizationsNote(progress: Parameters<typeof organizationChangesNote>[0]): OrganizationsNote {
  return { note: organizationChangesNote(progress), complete: progress.failed.length === 0 };
}

/** Organizations are chosen only for usage Allow or Require without "any organization". */
export function useOrganizationsShown(control: Control<GrantFormValues, GrantFormContext>) {
  const [usage, anyOrganization] = useWatch({ control, name: ['organization_usage', 'allow_any_organization'] });
  return { shown: (usage === 'allow' || usage === 'require') && !anyOrganization, required: usage === 'require' };
}

/**
 * Create: the organizations chosen beside the form's values (react-hook-form holds the grant's fields; these
 * are associations, written after it), and the second step's writes.
 */
export function useCreateOrganizations(control: Control<GrantFormValues, GrantFormContext>) {
  const { shown, required } = useOrganizationsShown(control);
  const reason = useOrganizationsFieldReason('create');
  const [chosen, setChosen] = useState<Organization[]>([]);
  const changes = useOrganizationChanges();
  // Hidden or not permitted: whatever was chosen earlier is not written.
  const toAssociate = shown && !reason ? chosen : [];
  const note = (): OrganizationsNote | undefined => changes.state && organizationsNote(changes.state);
  return { shown, required, chosen, setChosen, changes, toAssociate, note };
}
