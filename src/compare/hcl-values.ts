import type { SyntaxNode } from '@lezer/common';

/** What Compare needs of an HCL expression: a literal, a list, or a reference (`auth0_client.app.id`). */
export type HclValue =
  | { kind: 'string'; value: string }
  | { kind: 'bool'; value: boolean }
  | { kind: 'null' }
  | { kind: 'list'; items: HclValue[] }
  | { kind: 'reference'; path: string[] }
  | { kind: 'other'; text: string };

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };

/**
 * A quoted template literal's text as Terraform reads it (HCL native syntax spec, "Template literals"):
 * backslash escapes, `\uNNNN` / `\UNNNNNNNN`, and `$${` / `%%{` for a literal `${` / `%{`.
 */
export function unescapeHcl(raw: string): string {
  return raw.replace(/\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)|\$\$\{|%%\{/g, (match, escape: string | undefined) => {
    if (match === '$${') return '${';
    if (match === '%%{') return '%{';
    if (escape === undefined) return match;
    if (escape.length > 1) {
      const code = parseInt(escape.slice(1), 16);
      return code <= 0x10ffff ? String.fromCodePoint(code) : match;
    }
    return SIMPLE_ESCAPES[escape] ?? match;
  });
}

const childrenOf = (node: SyntaxNode): SyntaxNode[] => {
  const out: SyntaxNode[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) out.push(child);
  return out;
};

/** A quoted string with no interpolation; undefined for a template (`"${var.x}"`) or heredoc. */
function quotedText(node: SyntaxNode, source: string): string | undefined {
  let text = '';
  for (const part of childrenOf(node)) {
    if (part.name === 'TemplateLiteral') text += source.slice(part.from, part.to);
    else if (part.name !== 'QuotedTemplateStart' && part.name !== 'QuotedTemplateEnd') return undefined;
  }
  return unescapeHcl(text);
}

function reference(parts: readonly SyntaxNode[], source: string): string[] | undefined {
  const [head, ...rest] = parts;
  if (head?.name !== 'VariableExpr') return undefined;
  const path = [source.slice(head.from, head.to)];
  for (const part of rest) {
    const name = part.name === 'GetAttr' ? part.getChild('Identifier') : null;
    if (!name) return undefined;
    path.push(source.slice(name.from, name.to));
  }
  return path;
}

function literal(node: SyntaxNode, source: string): HclValue | undefined {
  const inner = node.firstChild;
  if (!inner) return undefined;
  if (inner.name === 'StringLit') {
    const text = quotedText(inner, source);
    return text === undefined ? undefined : { kind: 'string', value: text };
  }
  if (inner.name === 'BoolLit') return { kind: 'bool', value: source.slice(inner.from, inner.to) === 'true' };
  if (inner.name === 'NullLit') return { kind: 'null' };
  return undefined;
}

function template(node: SyntaxNode, source: string): HclValue | undefined {
  const quoted = node.getChild('QuotedTemplate');
  if (!quoted) return undefined;
  const text = quotedText(quoted, source);
  if (text !== undefined) return { kind: 'string', value: text };
  // "${auth0_client.app.id}": the pre-0.12 way to write a reference, still valid.
  const parts = childrenOf(quoted).filter((p) => p.name !== 'QuotedTemplateStart' && p.name !== 'QuotedTemplateEnd');
  const only = parts.length === 1 && parts[0]?.name === 'TemplateInterpolation' ? parts[0].getChild('Expression') : null;
  const path = only ? reference(childrenOf(only), source) : undefined;
  return path ? { kind: 'reference', path } : undefined;
}

/** Only what a grant needs is evaluated; anything else (functions, `for`, arithmetic, var.x templates) is "other". */
export function evaluate(expression: SyntaxNode, source: string): HclValue {
  const other: HclValue = { kind: 'other', text: source.slice(expression.from, expression.to) };
  const parts = childrenOf(expression);
  const first = parts[0];
  if (!first) return other;
  if (parts.length === 1 && first.name === 'LiteralValue') return literal(first, source) ?? other;
  if (parts.length === 1 && first.name === 'TemplateExpr') return template(first, source) ?? other;
  if (parts.length === 1 && first.name === 'CollectionValue') {
    const tuple = first.getChild('Tuple');
    if (!tuple) return other;
    return { kind: 'list', items: tuple.getChildren('Expression').map((item) => evaluate(item, source)) };
  }
  const path = reference(parts, source);
  return path ? { kind: 'reference', path } : other;
}
