import { EntryShapeError, asEntry } from './entry-fields';
import { grantFromEntry, type EntryDialect } from './grant-entry';
import { failed, lineAt, tooLarge, type FileProblem, type ParseResult, type SkippedEntry } from './parse-result';
import type { ComparableGrant } from './comparable-grant';

/** JSON.parse's message carries an offset ("at position 42") or, in newer engines, a line: keep the line. */
function jsonSyntaxProblem(text: string, error: unknown, file?: string): FileProblem {
  const message = error instanceof Error ? error.message : String(error);
  const line = /line (\d+)/.exec(message)?.[1];
  const position = /position (\d+)/.exec(message)?.[1];
  const problem: FileProblem = { kind: 'syntax', message: `Not valid JSON: ${message}` };
  if (line !== undefined) problem.line = Number(line);
  else if (position !== undefined) problem.line = lineAt(text, Number(position));
  if (file !== undefined) problem.file = file;
  return problem;
}

export function parseJsonText(text: string, file?: string): { ok: true; value: unknown } | { ok: false; problem: FileProblem } {
  const large = tooLarge(text, file);
  if (large) return { ok: false, problem: large };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, problem: jsonSyntaxProblem(text, error, file) };
  }
}

/** Entries to grants; the first entry of a wrong shape fails the whole file, naming it (nothing half-read). */
export function grantsFromEntries(
  entries: readonly unknown[],
  dialect: EntryDialect,
  originOf: (index: number) => string,
  shapeProblem: (index: number, message: string) => FileProblem,
): ParseResult {
  const grants: ComparableGrant[] = [];
  const skipped: SkippedEntry[] = [];
  for (let i = 0; i < entries.length; i++) {
    const entry = asEntry(entries[i]);
    if (!entry) return failed(shapeProblem(i, 'should be an object with client_id and audience'));
    if (entry.is_system === true) continue; // Auth0's own grants: no tool manages them, so they are not compared.
    try {
      const outcome = grantFromEntry(entry, dialect, originOf(i));
      if ('grant' in outcome) grants.push(outcome.grant);
      else skipped.push({ origin: originOf(i), reason: outcome.skip });
    } catch (error) {
      if (error instanceof EntryShapeError) return failed(shapeProblem(i, error.message));
      throw error;
    }
  }
  return { ok: true, grants, skipped };
}

/** The dashboard's JSON export: a list of grants as the API returns them, plus application_name and api_name. */
export function parseJsonExport(text: string, file?: string): ParseResult {
  const parsed = parseJsonText(text, file);
  if (!parsed.ok) return failed(parsed.problem);
  if (!Array.isArray(parsed.value)) {
    return failed({ kind: 'shape', message: 'Expected a list of grants (the dashboard\u2019s JSON export).', line: 1, ...(file ? { file } : {}) });
  }
  return grantsFromEntries(
    parsed.value,
    'json-export',
    (i) => `entry ${i + 1}`,
    (i, message) => ({ kind: 'shape', message: `Entry ${i + 1}: ${message}.`, entry: i + 1, ...(file ? { file } : {}) }),
  );
}
