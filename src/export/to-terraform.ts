import type { ClientGrant } from '../api/client-grants';
import { apiName, appName, grantOrganizations, sortedScopes, type ExportInput } from './export-input';
import type { Formatter } from './formatter';
import { leftOutComment } from './left-out-comment';
import { writable } from './recreatable';

/**
 * An HCL quoted string: backslash escapes, and `${` / `%{` doubled so a name or scope is never read
 * as a template interpolation or directive (Terraform language spec, "Template literals").
 */
export function hclString(value: string): string {
  const escaped = value
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t')
    // eslint-disable-next-line no-control-regex -- other control characters, written as \uNNNN
    .replace(/[\u0000-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/\$\{/g, () => '$${')
    .replace(/%\{/g, () => '%%{');
  return `"${escaped}"`;
}

const hclList = (values: readonly string[]) => `[${values.map(hclString).join(', ')}]`;

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

function baseName(input: ExportInput, grant: ClientGrant): string {
  const app = grant.client_id ? slug(appName(input, grant)) || 'app' : 'third_party_clients';
  const name = `${app}_${slug(apiName(input, grant)) || 'api'}${grant.subject_type === 'user' ? '_user' : ''}`;
  // An HCL identifier starts with a letter or underscore.
  return /^[a-z_]/.test(name) ? name : `grant_${name}`;
}

/**
 * Readable names (app_api, `_user` for user grants), made unique in the export's order with _2, _3…
 * Called slice by slice with the same `used` set, so names never need a pass over every grant up front.
 */
export function nameResources(input: ExportInput, grants: readonly ClientGrant[], used: Set<string>): string[] {
  return grants.map((grant) => {
    const base = baseName(input, grant);
    let name = base;
    for (let n = 2; used.has(name); n++) name = `${base}_${n}`;
    used.add(name);
    return name;
  });
}

/** Attribute names of the provider's auth0_client_grant (docs/resources/client_grant.md). */
function attributes(grant: ClientGrant): [string, string][] {
  const pairs: [string, string][] = [];
  if (grant.client_id) pairs.push(['client_id', hclString(grant.client_id)]);
  if (grant.default_for) pairs.push(['default_for', hclString(grant.default_for)]);
  pairs.push(['audience', hclString(grant.audience)]);
  if (grant.allow_all_scopes) pairs.push(['allow_all_scopes', 'true']);
  else pairs.push(['scopes', hclList(sortedScopes(grant))]);
  pairs.push(['subject_type', hclString(grant.subject_type)]);
  if (grant.organization_usage) pairs.push(['organization_usage', hclString(grant.organization_usage)]);
  if (grant.allow_any_organization !== undefined) pairs.push(['allow_any_organization', String(grant.allow_any_organization)]);
  if (grant.authorization_details_types) pairs.push(['authorization_details_types', hclList(grant.authorization_details_types)]);
  return pairs;
}

function block(name: string, grant: ClientGrant): string {
  const pairs = attributes(grant);
  const width = Math.max(...pairs.map(([key]) => key.length));
  const body = pairs.map(([key, value]) => `  ${key.padEnd(width)} = ${value}\n`).join('');
  const importBlock = `import {\n  to = auth0_client_grant.${name}\n  id = ${hclString(grant.id)}\n}\n\n`;
  return `${importBlock}resource "auth0_client_grant" "${name}" {\n${body}}\n`;
}

/**
 * One `auth0_organization_client_grant` per association, its grant_id a reference to the grant's resource (so
 * Terraform creates the grant first), imported by the provider's `<organization id>::<grant id>`.
 */
function associationBlocks(input: ExportInput, grantName: string, grant: ClientGrant, used: Set<string>): string {
  return (grantOrganizations(input, grant) ?? [])
    .map((org) => {
      const base = `${grantName}_${slug(org.name) || 'organization'}`;
      let name = base;
      for (let n = 2; used.has(name); n++) name = `${base}_${n}`;
      used.add(name);
      return (
        `\nimport {\n  to = auth0_organization_client_grant.${name}\n  id = ${hclString(`${org.id}::${grant.id}`)}\n}\n\n` +
        `resource "auth0_organization_client_grant" "${name}" {\n` +
        `  organization_id = ${hclString(org.id)}\n  grant_id        = auth0_client_grant.${grantName}.id\n}\n`
      );
    })
    .join('');
}

/**
 * The names taken so far in one export (names depend on every grant before them), one set per resource type:
 * a shared set would let slicing change the names.
 */
const usedNames = new WeakMap<ExportInput, { grants: Set<string>; associations: Set<string> }>();

function organizationsNote(input: ExportInput): string {
  const orgs = input.organizations;
  if (orgs?.status === 'unavailable') return `# Organizations are not in this file: ${orgs.reason}\n`;
  if (orgs?.status === 'read')
    return '# Each grant\'s organization associations follow it as auth0_organization_client_grant resources (organization ids as read).\n';
  return '';
}

/**
 * One `auth0_client_grant` per grant plus an `import` block (Terraform 1.5+) with the grant id, so
 * `terraform plan` adopts the existing grants instead of creating duplicates (which Auth0 answers with 409);
 * after each, its organization associations, also imported.
 */
export const terraformFormat: Formatter = {
  extension: 'tf',
  mimeType: 'text/plain',
  start: (input, grants) => {
    usedNames.set(input, { grants: new Set(), associations: new Set() });
    const head = `# Client grants of ${input.domain} (${input.view} view), for the auth0/auth0 provider.\n`;
    return head + leftOutComment(input, grants) + organizationsNote(input);
  },
  chunk: (input, grants) => {
    const own = writable(input, grants);
    const used = usedNames.get(input) ?? { grants: new Set<string>(), associations: new Set<string>() };
    const names = nameResources(input, own, used.grants);
    return own
      .map((g, i) => {
        const name = names[i] ?? g.id;
        return `\n${block(name, g)}${associationBlocks(input, name, g, used.associations)}`;
      })
      .join('');
  },
  end: () => '',
};
