import type { ComparableGrant } from './comparable-grant';

/** Why a whole file cannot be compared; `line` (1-based) or `entry` (1-based) says where. */
export type FileProblem = {
  kind: 'too-large' | 'syntax' | 'shape';
  message: string;
  file?: string;
  line?: number;
  entry?: number;
};

/** A grant the file holds but Compare cannot place (a reference it cannot resolve, a keyword without a value). */
export type SkippedEntry = { origin: string; reason: string };

export type ParseResult =
  | { ok: true; grants: ComparableGrant[]; skipped: SkippedEntry[]; notes?: string[] }
  | { ok: false; problem: FileProblem };

/**
 * Far past any real tenant's grants (10,000 grants of the JSON export are about 4 MB); a bigger file is refused
 * before parsing, so a stray multi-gigabyte drop cannot freeze the tab.
 */
export const MAX_FILE_CHARS = 32 * 1024 * 1024;

export function tooLarge(text: string, file?: string, limit = MAX_FILE_CHARS): FileProblem | undefined {
  if (text.length <= limit) return undefined;
  const problem: FileProblem = {
    kind: 'too-large',
    message: `The file is ${Math.round(text.length / 1048576)} MB; Compare reads files of this kind up to ${limit / 1048576} MB.`,
  };
  if (file !== undefined) problem.file = file;
  return problem;
}

/** The 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

export const failed = (problem: FileProblem): ParseResult => ({ ok: false, problem });

/** Line numbers for many offsets of one text: the line starts once, then a binary search each. */
export function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
}
