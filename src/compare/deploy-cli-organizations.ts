import { sortedUnique, type ComparableGrant } from './comparable-grant';
import { asEntry } from './entry-fields';

export type OrganizationLinks = { name: string; appNames: string[] };

/**
 * `organizations[].client_grants` of a Deploy CLI file: `[{ client_id: <application name> }]`, no audience. On
 * import the Deploy CLI links the *first* grant its tenant lists for that name (organizations.ts,
 * getClientGrantIDByClientName), so for an application with several grants the file does not say which one.
 */
export function readOrganizationLinks(value: unknown, where: (index: number) => string): OrganizationLinks[] | string {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return 'organizations should be a list';
  const links: OrganizationLinks[] = [];
  for (let i = 0; i < value.length; i++) {
    const org = asEntry(value[i]);
    if (!org || typeof org.name !== 'string') return `${where(i)}: an organization needs a name`;
    const grants = org.client_grants ?? [];
    if (!Array.isArray(grants)) return `${where(i)}: client_grants should be a list`;
    const appNames: string[] = [];
    for (const grant of grants) {
      const clientId = asEntry(grant)?.client_id;
      if (typeof clientId !== 'string') return `${where(i)}: each of client_grants needs a client_id (the application's name)`;
      appNames.push(clientId);
    }
    links.push({ name: org.name, appNames });
  }
  return links;
}

/**
 * Puts organization names on the grants, where the file says which grant is meant. A linked application with
 * several grants (or none) gets a note and its grants' organizations stay unknown (not compared): never guessed.
 */
export function applyOrganizationLinks(grants: ComparableGrant[], links: readonly OrganizationLinks[]): string[] {
  const notes: string[] = [];
  const byApp = new Map<string, ComparableGrant[]>();
  for (const grant of grants) {
    grant.organizations = [];
    if (grant.defaultFor === undefined) byApp.set(grant.appName, [...(byApp.get(grant.appName) ?? []), grant]);
  }
  const unknown = new Set<ComparableGrant>();
  for (const link of links) {
    for (const appName of link.appNames) {
      const candidates = byApp.get(appName) ?? [];
      if (candidates.length === 1 && candidates[0]) candidates[0].organizations?.push(link.name);
      else if (candidates.length === 0) notes.push(`Organization "${link.name}" lists "${appName}", which has no grant in this file.`);
      else {
        notes.push(
          `Organization "${link.name}" lists "${appName}", which has ${candidates.length} grants here; the Deploy CLI links ` +
            'whichever its tenant lists first, so their organizations are not compared.',
        );
        candidates.forEach((grant) => unknown.add(grant));
      }
    }
  }
  for (const grant of grants) {
    if (unknown.has(grant)) delete grant.organizations;
    else if (grant.organizations) grant.organizations = sortedUnique(grant.organizations);
  }
  return notes;
}
