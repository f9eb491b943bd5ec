import Button from '@mui/material/Button';
import ContentCopy from '@mui/icons-material/ContentCopy';
import Check from '@mui/icons-material/Check';
import { useCopy } from './use-copy';

type Props = { value: string; label: string };

/** A text button that copies `value` and says "Copied" for a moment (the detail panel's copy actions). */
export function CopyButton({ value, label }: Props) {
  const { copied, copy } = useCopy(value);
  const icon = copied ? <Check fontSize="inherit" /> : <ContentCopy fontSize="inherit" />;
  return (
    <Button size="small" startIcon={icon} onClick={copy} aria-label={label}>
      {copied ? 'Copied' : label}
    </Button>
  );
}
