import Typography from '@mui/material/Typography';
import { IsolatedText } from '../components/isolated-text';
import type { Diff } from './diff';
import type { SideState } from './use-compare-side';

/** What was not compared, and why: ambiguous applications, entries a file could not place, the files' own notes. */
export function CompareNotes({ diff, sides }: { diff: Diff; sides: readonly SideState[] }) {
  const lines = [
    ...diff.ambiguous.map((a) => `Not compared (${a.side}): ${a.appName}: ${a.reason}.`),
    ...sides.flatMap((side) => side.file?.skipped.map((s) => `Not placed: ${s.origin}: ${s.reason}.`) ?? []),
    ...sides.flatMap((side) => side.file?.notes ?? []),
  ];
  if (lines.length === 0) return null;
  return (
    <ul aria-label="Not compared">
      {lines.slice(0, 200).map((line, i) => (
        <Typography component="li" variant="body2" key={i}>
          <IsolatedText text={line} />
        </Typography>
      ))}
    </ul>
  );
}
