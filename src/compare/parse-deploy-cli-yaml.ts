import { isNode, isSeq, LineCounter, parseDocument } from 'yaml';
import { applyOrganizationLinks, readOrganizationLinks } from './deploy-cli-organizations';
import { keywordsIn, replaceKeywords, type KeywordValues } from './keywords';
import { grantsFromEntries } from './parse-json-export';
import { failed, tooLarge, type FileProblem, type ParseResult } from './parse-result';

/**
 * An alias may be used this many times in the whole file, the yaml library's own default: a "billion laughs" file
 * (aliases of aliases) fails instead of expanding into gigabytes. Real tenant.yaml files use none.
 */
const MAX_ALIASES = 100;

const withFile = (problem: FileProblem, file?: string): FileProblem => (file === undefined ? problem : { ...problem, file });

/**
 * A Deploy CLI `tenant.yaml`: its `clientGrants:` (client_id holds the application's name) and, if present,
 * `organizations[].client_grants`. Keywords are replaced in the text first, as `a0deploy import` does. Duplicate
 * keys are an error, as in js-yaml, which the Deploy CLI reads with.
 */
export function parseDeployCliYaml(text: string, keywords: KeywordValues = {}, file?: string): ParseResult {
  const large = tooLarge(text, file);
  if (large) return failed(large);
  const result = parseReplaced(text, keywords, file);
  // An unquoted `##KEY##` left in YAML is a comment (`client_id: ##APP##` reads as null): say which keywords lack values.
  const missing = keywordsIn(text).filter((key) => !Object.prototype.hasOwnProperty.call(keywords, key));
  if (result.ok || missing.length === 0) return result;
  const message = result.problem.message.replace(/\.?$/, '.');
  return failed({ ...result.problem, message: `${message} The file uses keywords without a value: ${missing.join(', ')}.` });
}

function parseReplaced(text: string, keywords: KeywordValues, file?: string): ParseResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(replaceKeywords(text, keywords), { lineCounter, uniqueKeys: true, prettyErrors: false });
  const lineOf = (offset: number | undefined) => (offset === undefined ? undefined : lineCounter.linePos(offset).line);
  const error = doc.errors[0];
  if (error) {
    const line = error.linePos?.[0].line ?? lineOf(error.pos[0]);
    return failed(withFile({ kind: 'syntax', message: `Not valid YAML: ${error.message.split('\n')[0] ?? ''}`, ...(line ? { line } : {}) }, file));
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (cause) {
    return failed(withFile({ kind: 'syntax', message: `The YAML could not be read: ${cause instanceof Error ? cause.message : String(cause)}` }, file));
  }
  const root = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  if (!root) return failed(withFile({ kind: 'shape', message: 'Expected a Deploy CLI tenant.yaml (a mapping with clientGrants:).', line: 1 }, file));
  const entries = root.clientGrants ?? [];
  const seq = doc.get('clientGrants', true);
  const itemLine = (i: number) => {
    const item: unknown = isSeq(seq) ? seq.items[i] : undefined;
    return isNode(item) ? lineOf(item.range?.[0]) : undefined;
  };
  if (!Array.isArray(entries)) {
    return failed(withFile({ kind: 'shape', message: 'clientGrants: should be a list.' }, file));
  }
  const result = grantsFromEntries(
    entries,
    'deploy-cli',
    (i) => `clientGrants entry ${i + 1} (line ${itemLine(i) ?? '?'})`,
    (i, message) => {
      const line = itemLine(i);
      return withFile({ kind: 'shape', message: `clientGrants entry ${i + 1}: ${message}.`, entry: i + 1, ...(line ? { line } : {}) }, file);
    },
  );
  if (!result.ok || !('organizations' in root)) return result;
  const links = readOrganizationLinks(root.organizations, (i) => `organizations entry ${i + 1}`);
  if (typeof links === 'string') return failed(withFile({ kind: 'shape', message: `${links}.` }, file));
  return { ...result, notes: applyOrganizationLinks(result.grants, links) };
}
