import { useCallback, useEffect, useState } from 'react';
import type { ComparableGrant } from './comparable-grant';
import type { NamedText } from './parse-deploy-cli-directory';
import type { FileProblem, SkippedEntry } from './parse-result';
import { readCompareFiles, type ReadOptions } from './read-compare-files';
import type { SideChoice } from './compare-side';

export type FileSide = { names: string[]; grants: ComparableGrant[]; skipped: SkippedEntry[]; notes: string[] };

export type SideState = {
  choice: SideChoice;
  setChoice: (choice: SideChoice) => void;
  file?: FileSide;
  problem?: FileProblem;
  reading: boolean;
  read: (files: NamedText[]) => void;
};

/** Words for a file that could not be read: where (file, line, entry), then what. */
export function problemText(problem: FileProblem): string {
  const where = [problem.file, problem.line !== undefined ? `line ${problem.line}` : undefined].filter(Boolean).join(', ');
  return where && !problem.message.startsWith(problem.file ?? '\u0000') ? `${where}: ${problem.message}` : problem.message;
}

/** One side's choice and file. A bad file leaves the side as it was (the file read before stays), with the message. */
export function useCompareSide(initial: SideChoice, options: ReadOptions): SideState {
  const [choice, setChoice] = useState<SideChoice>(initial);
  const [file, setFile] = useState<FileSide>();
  const [problem, setProblem] = useState<FileProblem>();
  const [reading, setReading] = useState(false);
  // The chosen files' text, kept to read them again when the options change (keyword values apply to the raw text).
  const [chosen, setChosen] = useState<NamedText[]>();
  useEffect(() => {
    if (!chosen) return undefined;
    let current = true; // a read overtaken by a newer choice or new options is dropped
    void readCompareFiles(chosen, options)
      .then((result) => {
        if (!current) return;
        if (!result.ok) return setProblem(result.problem);
        setProblem(undefined);
        setFile({ names: chosen.map((f) => f.name), grants: result.grants, skipped: result.skipped, notes: result.notes ?? [] });
      })
      .finally(() => current && setReading(false));
    return () => {
      current = false;
    };
  }, [chosen, options]);
  const read = useCallback((files: NamedText[]) => {
    setReading(true);
    setChosen(files);
  }, []);
  return { choice, setChoice, file, problem, reading, read };
}
