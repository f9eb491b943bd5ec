import { hclLanguage } from 'codemirror-lang-hcl';
import { type ComparableGrant } from './comparable-grant';
import { EntryShapeError } from './entry-fields';
import { grantFromEntry } from './grant-entry';
import { firstSyntaxError, readBlocks, type HclBlock } from './hcl-blocks';
import { failed, lineIndex, tooLarge, type FileProblem, type ParseResult, type SkippedEntry } from './parse-result';
import { address, plain, resolve, Unresolvable } from './terraform-references';
import { linkOrganizations } from './terraform-organizations';

// This module is the only one that imports the HCL parser: the page loads it with import() when a Terraform file is
// chosen, so the parser (about 90 KB gzip) is never in the entry or the Compare chunk (docs/compare.md).

/**
 * The HCL grammar reads about 1 MB a second on a slow laptop (docs/compare.md): 10,000 grants of the dashboard's
 * Terraform export are about 2.5 MB; past 8 MB the tab would freeze for too long, so such a file is refused.
 */
export const MAX_TERRAFORM_CHARS = 8 * 1024 * 1024;

export type TerraformOptions = {
  /**
   * Application names by client id, to place a grant whose `client_id` is a literal id (the dashboard's own Terraform
   * export writes ids); without it, or for an id not in it, the grant is reported as not resolvable.
   */
  clientNames?: ReadonlyMap<string, string>;
  /** Organization names by id, likewise for a literal `organization_id` (the dashboard's export writes ids). */
  organizationNames?: ReadonlyMap<string, string>;
};

/** Which attribute of a referenced block stands for a reference's last part (`auth0_client.x.id` → its name). */
function attributeFor(type: string, attribute: string): string | undefined {
  if (type === 'auth0_client') return ['id', 'client_id', 'name'].includes(attribute) ? 'name' : undefined;
  if (type === 'auth0_resource_server') return attribute === 'identifier' ? 'identifier' : undefined;
  if (type === 'auth0_organization') return ['id', 'name'].includes(attribute) ? 'name' : undefined;
  return undefined;
}

const FIELDS: [string, string][] = [
  ['audience', 'audience'],
  ['scopes', 'scope'],
  ['subject_type', 'subject_type'],
  ['organization_usage', 'organization_usage'],
  ['allow_any_organization', 'allow_any_organization'],
  ['allow_all_scopes', 'allow_all_scopes'],
  ['default_for', 'default_for'],
];

function clientName(block: HclBlock, blocks: ReadonlyMap<string, HclBlock>, options: TerraformOptions): unknown {
  const value = block.attributes.get('client_id');
  if (value?.kind === 'string') {
    const name = options.clientNames?.get(value.value);
    if (name === undefined) throw new Unresolvable(`client_id "${value.value}" is an id, and this file does not name its application`);
    return name;
  }
  return value === undefined ? undefined : plain(resolve(value, blocks, attributeFor));
}

/** An auth0_client_grant block as the entry the other formats give (client_id holding the application's name). */
function grantEntry(block: HclBlock, blocks: ReadonlyMap<string, HclBlock>, options: TerraformOptions): Record<string, unknown> {
  if (block.attributes.has('count') || block.attributes.has('for_each')) {
    throw new Unresolvable('count or for_each makes one block many grants');
  }
  const entry: Record<string, unknown> = { client_id: clientName(block, blocks, options) };
  for (const [attribute, field] of FIELDS) {
    const value = block.attributes.get(attribute);
    if (value !== undefined) entry[field] = plain(resolve(value, blocks, attributeFor));
  }
  return entry;
}

function indexBlocks(blocks: readonly HclBlock[], file?: string): Map<string, HclBlock> | FileProblem {
  const byAddress = new Map<string, HclBlock>();
  for (const block of blocks) {
    const key = address(block);
    if (key === undefined) continue;
    const earlier = byAddress.get(key);
    if (earlier) return { kind: 'shape', message: `${key} is declared twice (lines ${earlier.line} and ${block.line}).`, line: block.line, ...(file ? { file } : {}) };
    byAddress.set(key, block);
  }
  return byAddress;
}

/**
 * `auth0_client_grant` resources of a Terraform file (and `auth0_organization_client_grant` for their
 * organizations), read with a real HCL parser. References to blocks in the same file are followed; a grant whose
 * application, API or scopes cannot be known from the file is listed as skipped, with why.
 */
export function parseTerraform(text: string, file?: string, options: TerraformOptions = {}): ParseResult {
  const large = tooLarge(text, file, MAX_TERRAFORM_CHARS);
  if (large) return failed(large);
  const lineOf = lineIndex(text);
  const tree = hclLanguage.parser.parse(text);
  const errorAt = firstSyntaxError(tree);
  const at = file ? { file } : {};
  if (errorAt !== undefined) return failed({ kind: 'syntax', message: `Not valid HCL at line ${lineOf(errorAt)}.`, line: lineOf(errorAt), ...at });
  const blocks = readBlocks(tree, text, lineOf);
  if ('message' in blocks) return failed({ kind: 'shape', message: `Line ${lineOf(blocks.offset)}: ${blocks.message}.`, line: lineOf(blocks.offset), ...at });
  const byAddress = indexBlocks(blocks, file);
  if (!(byAddress instanceof Map)) return failed(byAddress);
  const grants: ComparableGrant[] = [];
  const grantsByAddress = new Map<string, ComparableGrant>();
  const skipped: SkippedEntry[] = [];
  for (const block of blocks) {
    if (block.type !== 'resource' || block.labels[0] !== 'auth0_client_grant') continue;
    const origin = `${address(block) ?? 'auth0_client_grant'} (line ${block.line})`;
    try {
      const outcome = grantFromEntry(grantEntry(block, byAddress, options), 'deploy-cli', origin);
      if ('skip' in outcome) skipped.push({ origin, reason: outcome.skip });
      else {
        grants.push(outcome.grant);
        grantsByAddress.set(address(block) ?? '', outcome.grant);
      }
    } catch (error) {
      if (error instanceof Unresolvable) skipped.push({ origin, reason: error.message });
      else if (error instanceof EntryShapeError) {
        return failed({ kind: 'shape', message: `${origin}: ${error.message.replace('"scope"', '"scopes"')}.`, line: block.line, ...at });
      } else throw error;
    }
  }
  const notes = linkOrganizations(blocks, byAddress, grantsByAddress, attributeFor, options.organizationNames);
  return { ok: true, grants, skipped, ...(notes ? { notes } : {}) };
}
