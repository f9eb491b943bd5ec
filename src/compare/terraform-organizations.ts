import type { ComparableGrant } from './comparable-grant';
import { sortedUnique } from './comparable-grant';
import type { HclBlock } from './hcl-blocks';
import type { HclValue } from './hcl-values';
import { plain, resolve, Unresolvable } from './terraform-references';

type AttributeFor = (type: string, attribute: string) => string | undefined;

/** `grant_id = auth0_client_grant.x.id` names a grant of this file by its address. */
function grantAddress(block: HclBlock): string | undefined {
  const value = block.attributes.get('grant_id');
  if (value?.kind !== 'reference') return undefined;
  const [type, name, attribute] = value.path;
  return value.path.length === 3 && type === 'auth0_client_grant' && attribute === 'id' ? `${type}.${name}` : undefined;
}

/**
 * A reference is followed within the file; a literal id is named only through the connected tenant's organizations
 * (the dashboard's own export writes ids), since an id names nothing in another tenant.
 */
function organizationName(
  value: HclValue | undefined,
  byAddress: ReadonlyMap<string, HclBlock>,
  attributeFor: AttributeFor,
  organizationNames: ReadonlyMap<string, string> | undefined,
): unknown {
  if (value?.kind === 'string') {
    const name = organizationNames?.get(value.value);
    if (name === undefined) throw new Unresolvable(`organization_id "${value.value}" is an id, and this file does not name its organization`);
    return name;
  }
  if (value?.kind !== 'reference') throw new Unresolvable('its organization_id is neither an id nor a block of this file');
  return plain(resolve(value, byAddress, attributeFor));
}

/**
 * Puts organization names on the grants from `auth0_organization_client_grant` blocks. With none in the file the
 * grants' organizations stay unknown (not compared); when one cannot be resolved, no grant's organizations are
 * compared (which grant it meant is unknown), and the notes say why.
 */
export function linkOrganizations(
  blocks: readonly HclBlock[],
  byAddress: ReadonlyMap<string, HclBlock>,
  grants: ReadonlyMap<string, ComparableGrant>,
  attributeFor: AttributeFor,
  organizationNames?: ReadonlyMap<string, string>,
): string[] | undefined {
  const links = blocks.filter((b) => b.type === 'resource' && b.labels[0] === 'auth0_organization_client_grant');
  if (links.length === 0) return undefined;
  const notes: string[] = [];
  const names = new Map<ComparableGrant, string[]>();
  for (const link of links) {
    const grant = grants.get(grantAddress(link) ?? '');
    const organization = link.attributes.get('organization_id');
    try {
      const name = organizationName(organization, byAddress, attributeFor, organizationNames);
      if (!grant || typeof name !== 'string') throw new Unresolvable('its grant_id or organization_id is not a block of this file');
      names.set(grant, [...(names.get(grant) ?? []), name]);
    } catch (error) {
      if (!(error instanceof Unresolvable)) throw error;
      notes.push(`auth0_organization_client_grant.${link.labels[1] ?? '?'} (line ${link.line}): ${error.message}.`);
    }
  }
  if (notes.length > 0) return [...notes, 'Organizations are not compared for this file.'];
  for (const grant of grants.values()) grant.organizations = sortedUnique(names.get(grant) ?? []);
  return notes;
}
