import type { ComparableGrant } from './comparable-grant';
import { applyOrganizationLinks, readOrganizationLinks, type OrganizationLinks } from './deploy-cli-organizations';
import { asEntry } from './entry-fields';
import { replaceKeywords, type KeywordValues } from './keywords';
import { grantsFromEntries, parseJsonText } from './parse-json-export';
import { failed, MAX_FILE_CHARS, type ParseResult, type SkippedEntry } from './parse-result';

export type NamedText = { name: string; text: string };

/** The Deploy CLI writes organizations to `organizations/<name>.json`; anything else chosen is taken for a grant. */
const isOrganizationFile = (name: string) => /(^|[\\/])organizations[\\/][^\\/]+\.json$/i.test(name);

/**
 * A Deploy CLI directory export's grant files (the Deploy CLI names the folder `grants/`, one JSON object per
 * grant, client_id holding the application's name), chosen together; `organizations/*.json` among them add their
 * client_grants. Each file has its keywords replaced first, as `a0deploy import` does (loadJSON). An empty object
 * is skipped, as the Deploy CLI skips it. The first bad file fails the whole set, naming the file.
 */
export function parseDeployCliDirectory(files: readonly NamedText[], keywords: KeywordValues = {}): ParseResult {
  const total = files.reduce((sum, file) => sum + file.text.length, 0);
  if (total > MAX_FILE_CHARS) {
    return failed({ kind: 'too-large', message: `These files hold ${Math.round(total / 1048576)} MB; Compare reads up to ${MAX_FILE_CHARS / 1048576} MB.` });
  }
  const grants: ComparableGrant[] = [];
  const skipped: SkippedEntry[] = [];
  const links: OrganizationLinks[] = [];
  for (const file of [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const parsed = parseJsonText(replaceKeywords(file.text, keywords), file.name);
    if (!parsed.ok) return failed(parsed.problem);
    if (isOrganizationFile(file.name)) {
      const found = readOrganizationLinks([parsed.value], () => file.name);
      if (typeof found === 'string') return failed({ kind: 'shape', message: `${found}.`, file: file.name });
      links.push(...found);
      continue;
    }
    const entry = asEntry(parsed.value);
    if (entry && Object.keys(entry).length === 0) continue;
    const result = grantsFromEntries(
      [parsed.value],
      'deploy-cli',
      () => file.name,
      (_i, message) => ({ kind: 'shape', message: `${file.name}: ${message}.`, file: file.name }),
    );
    if (!result.ok) return result;
    grants.push(...result.grants);
    skipped.push(...result.skipped);
  }
  if (links.length === 0) return { ok: true, grants, skipped };
  return { ok: true, grants, skipped, notes: applyOrganizationLinks(grants, links) };
}
