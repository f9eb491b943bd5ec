import type { SyntaxNode, Tree } from '@lezer/common';
import { evaluate, unescapeHcl, type HclValue } from './hcl-values';

/** A top-level block (`resource "auth0_client_grant" "x" { … }`) with its attributes evaluated. */
export type HclBlock = {
  type: string;
  labels: string[];
  attributes: Map<string, HclValue>;
  /** Where the block starts, 1-based. */
  line: number;
};

export type HclProblem = { message: string; offset: number };

function labelText(label: SyntaxNode, source: string): string {
  const literal = label.getChild('StringLit') ?? label.firstChild;
  if (!literal) return '';
  if (literal.name === 'Identifier') return source.slice(literal.from, literal.to);
  const parts = literal.getChildren('TemplateLiteral');
  return unescapeHcl(parts.map((p) => source.slice(p.from, p.to)).join(''));
}

/** The first syntax error the parser recovered from (Lezer marks it with an error node), if any. */
export function firstSyntaxError(tree: Tree): number | undefined {
  let offset: number | undefined;
  tree.iterate({
    enter(node) {
      if (offset !== undefined) return false;
      if (node.type.isError) offset = node.from;
      return undefined;
    },
  });
  return offset;
}

function readBlock(block: SyntaxNode, source: string, lineOf: (offset: number) => number): HclBlock | HclProblem {
  const typeNode = block.getChild('BlockType');
  const attributes = new Map<string, HclValue>();
  for (const attribute of block.getChild('Body')?.getChildren('Attribute') ?? []) {
    const name = attribute.getChild('Identifier');
    const expression = attribute.getChild('Expression');
    if (!name || !expression) continue;
    const key = source.slice(name.from, name.to);
    // Terraform refuses a block that sets one argument twice ("Attribute redefined"); so does Compare.
    if (attributes.has(key)) return { message: `"${key}" is set twice in one block`, offset: name.from };
    attributes.set(key, evaluate(expression, source));
  }
  return {
    type: typeNode ? source.slice(typeNode.from, typeNode.to) : '',
    labels: block.getChildren('BlockLabel').map((label) => labelText(label, source)),
    attributes,
    line: lineOf(block.from),
  };
}

/** Every top-level block of a parsed file, or the first problem. */
export function readBlocks(tree: Tree, source: string, lineOf: (offset: number) => number): HclBlock[] | HclProblem {
  const body = tree.topNode.getChild('Body');
  const blocks: HclBlock[] = [];
  for (const node of body?.getChildren('Block') ?? []) {
    const block = readBlock(node, source, lineOf);
    if ('message' in block) return block;
    blocks.push(block);
  }
  return blocks;
}
