import type { ClientGrant } from '../api/client-grants';
import { revealBidiControls } from '../components/bidi';
import type { ExportInput } from './export-input';

/** How many names a warning lists before "and N more": a comment is read by a person. */
const LISTED = 10;
/** A name in a comment is cut to this many characters. */
const NAME_LENGTH = 80;

/**
 * The Deploy CLI replaces `##KEY##` (as text) and `@@KEY@@` (as JSON) with AUTH0_KEYWORD_REPLACE_MAPPINGS values
 * anywhere in the file (auth0-deploy-cli lib/tools/utils.js keywordReplace), so a value holding such a marker may
 * come out changed on import.
 */
const KEYWORD_MARKER = /##[\s\S]*?##|@@[\s\S]*?@@/;

/**
 * A value quoted on one comment line: JSON escapes line breaks and quotes; YAML 1.1 readers also end a line at
 * U+0085, U+2028 and U+2029, which JSON leaves as they are; bidi controls are shown, so a name cannot pose as another.
 */
export function commentValue(value: string): string {
  const cut = value.length > NAME_LENGTH ? `${value.slice(0, NAME_LENGTH)}…` : value;
  return JSON.stringify(revealBidiControls(cut)).replace(
    /[\u0085\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function listed(values: readonly string[]): string {
  const shown = values.slice(0, LISTED).map(commentValue).join(', ');
  return values.length > LISTED ? `${shown} and ${values.length - LISTED} more` : shown;
}

/** Names of exported apps that another app of the tenant also bears. */
function sharedNames(input: ExportInput, grants: readonly ClientGrant[]): string[] {
  const exported = new Set<string>();
  for (const grant of grants) {
    const name = grant.client_id && input.clients.get(grant.client_id)?.name;
    if (name) exported.add(name);
  }
  const count = new Map<string, number>();
  for (const client of input.clients.values())
    if (exported.has(client.name)) count.set(client.name, (count.get(client.name) ?? 0) + 1);
  return [...count].filter(([, n]) => n > 1).map(([name]) => name);
}

/** Every distinct value the file will hold (names, audiences, scopes) that carries a keyword marker. */
function markedValues(input: ExportInput, grants: readonly ClientGrant[]): string[] {
  const marked = new Set<string>();
  const seen = new Set<string>();
  // Runs over every grant of the file in one pass before the sliced formatting starts (100,000 grants, their
  // scopes repeating): each distinct value is tested once, and only one holding a marker's characters by the regex.
  const check = (value: string) => {
    if (seen.has(value)) return;
    seen.add(value);
    if ((value.includes('##') || value.includes('@@')) && KEYWORD_MARKER.test(value)) marked.add(value);
  };
  for (const grant of grants) {
    if (grant.client_id) check(input.clients.get(grant.client_id)?.name ?? grant.client_id);
    check(grant.audience);
    if (!grant.allow_all_scopes) for (const scope of grant.scope ?? []) check(scope);
  }
  return [...marked];
}

/**
 * YAML comments for the top of the file about what the Deploy CLI would get wrong on import: it finds an
 * application by name and takes the first that bears it (convertClientNameToId), and it rewrites keyword markers.
 */
export function deployCliWarnings(input: ExportInput, grants: readonly ClientGrant[]): string {
  const lines: string[] = [];
  const shared = sharedNames(input, grants);
  if (shared.length > 0)
    lines.push(
      `# Warning: ${shared.length} application name(s) are borne by more than one application: ${listed(shared)}.`,
      '# The Deploy CLI finds an application by name and takes the first one: rename them before importing these grants.',
    );
  const marked = markedValues(input, grants);
  if (marked.length > 0)
    lines.push(
      `# Warning: ${marked.length} value(s) hold the Deploy CLI's keyword markers (##…## or @@…@@): ${listed(marked)}.`,
      '# With AUTH0_KEYWORD_REPLACE_MAPPINGS set, the Deploy CLI replaces a marker whose key it maps: check them before importing.',
    );
  return lines.map((line) => `${line}\n`).join('');
}
