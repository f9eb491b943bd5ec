import Alert from '@mui/material/Alert';
import { hasBidiControls } from '../components/bidi';

type Props = { values: { what: string; text: string | undefined }[] };

/** Says which names hold bidirectional controls: shown as markers here, they may reorder text elsewhere. */
export function BidiWarning({ values }: Props) {
  const flagged = values.filter(({ text }) => text !== undefined && hasBidiControls(text)).map(({ what }) => what);
  if (flagged.length === 0) return null;
  return (
    <Alert severity="warning">
      The {flagged.join(' and the ')} {flagged.length > 1 ? 'contain' : 'contains'} bidirectional control characters, shown here as ⟨U+…⟩. Elsewhere
      they can make the text display in another order than it is written (so a name can pose as another):
      check who created it.
    </Alert>
  );
}
