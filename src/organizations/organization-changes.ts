import type { Organization } from '../api/organizations';
import { revealBidiControls } from '../components/bidi';
import { organizationLabel } from './organization-label';
import type { OrganizationChange } from './organization-writes';

/** What an edit of the chosen organizations asks: associate those added, remove those taken out. */
export function organizationChanges(before: readonly Organization[], after: readonly Organization[]): OrganizationChange[] {
  const had = new Set(before.map((org) => org.id));
  const has = new Set(after.map((org) => org.id));
  return [
    ...after.filter((org) => !had.has(org.id)).map((organization) => ({ organization, action: 'associate' as const })),
    ...before.filter((org) => !has.has(org.id)).map((organization) => ({ organization, action: 'remove' as const })),
  ];
}

const names = (changes: readonly OrganizationChange[], action: OrganizationChange['action']) =>
  changes.filter((change) => change.action === action).map(({ organization }) => revealBidiControls(organizationLabel(organization)));

/** The change summary's line: "Organizations: + Globex, − Acme Corp" (none when nothing changes). */
export function organizationChangeLines(changes: readonly OrganizationChange[]): string[] {
  if (changes.length === 0) return [];
  const added = names(changes, 'associate').map((name) => `+ ${name}`);
  const removed = names(changes, 'remove').map((name) => `− ${name}`);
  return [`Organizations: ${[...added, ...removed].join(', ')}`];
}

type Progress = { total: number; done: OrganizationChange[]; failed: { change: OrganizationChange }[] };

/** "organizations associated" when every change associates, else "organization changes made"; by the total. */
function whatWasDone({ total, done, failed }: Progress): string {
  const onlyAssociate = [...done, ...failed.map(({ change }) => change)].every((c) => c.action === 'associate');
  const one = total === 1;
  if (onlyAssociate) return one ? 'organization associated' : 'organizations associated';
  return one ? 'organization change made' : 'organization changes made';
}

/** "2 of 3 organizations associated" (or "3 organizations associated" when all are done). */
export function organizationProgress(state: Progress): string {
  const all = state.done.length === state.total && state.failed.length === 0;
  return all ? `${state.total} ${whatWasDone(state)}` : `${state.done.length} of ${state.total} ${whatWasDone(state)}`;
}

/** For the notice once the dialog closes: what the second step did, failures named. */
export function organizationChangesNote(state: Progress): string {
  const failed = state.failed.map(({ change }) => change);
  const left = [
    ...names(failed, 'associate').map((name) => `${name} not associated`),
    ...names(failed, 'remove').map((name) => `${name} not removed`),
  ];
  return `${organizationProgress(state)}${left.length > 0 ? `; ${left.join(', ')}` : ''}.`;
}
