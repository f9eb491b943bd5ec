import type { HclBlock } from './hcl-blocks';
import type { HclValue } from './hcl-values';

/** `resource "t" "n"` is `t.n`; `data "t" "n"` is `data.t.n`, as Terraform addresses them. */
export function address(block: HclBlock): string | undefined {
  const [type, name] = block.labels;
  if (block.labels.length !== 2 || !type || !name) return undefined;
  if (block.type === 'resource') return `${type}.${name}`;
  if (block.type === 'data') return `data.${type}.${name}`;
  return undefined;
}

export class Unresolvable extends Error {}

const describe = (value: HclValue) =>
  value.kind === 'reference' ? value.path.join('.') : value.kind === 'other' ? value.text.slice(0, 80) : value.kind;

/**
 * A reference to another block's attribute, resolved to that attribute's literal value when the block is in this
 * file and sets it literally: `auth0_client.app.id` → the app's `name` (ids differ between tenants, names are
 * what Compare matches). `attributeFor` says which attribute stands for which reference.
 */
export function resolve(
  value: HclValue,
  blocks: ReadonlyMap<string, HclBlock>,
  attributeFor: (type: string, attribute: string) => string | undefined,
): HclValue {
  if (value.kind === 'list') return { kind: 'list', items: value.items.map((item) => resolve(item, blocks, attributeFor)) };
  if (value.kind !== 'reference') return value;
  const path = value.path;
  const isData = path[0] === 'data';
  const type = isData ? path[1] : path[0];
  const target = blocks.get(path.slice(0, isData ? 3 : 2).join('.'));
  const wanted = type ? attributeFor(type, path[isData ? 3 : 2] ?? '') : undefined;
  const found = wanted && path.length === (isData ? 4 : 3) ? target?.attributes.get(wanted) : undefined;
  if (found?.kind === 'string') return found;
  throw new Unresolvable(`cannot resolve ${describe(value)} within this file`);
}

/** The value as plain data for the entry reader; a reference or expression left here cannot be placed. */
export function plain(value: HclValue | undefined): unknown {
  if (value === undefined || value.kind === 'null') return undefined;
  if (value.kind === 'string' || value.kind === 'bool') return value.value;
  if (value.kind === 'list') return value.items.map(plain);
  throw new Unresolvable(`cannot evaluate ${describe(value)} within this file`);
}
