import { useState } from 'react';
import IconButton from '@mui/material/IconButton';
import ContentCopy from '@mui/icons-material/ContentCopy';
import Check from '@mui/icons-material/Check';

type Props = { value: string; label: string; size?: 'small' | 'medium' };

/** Copies `value`; the icon turns into a check mark to confirm, and the accessible name says what is copied. */
export function CopyButton({ value, label, size = 'small' }: Props) {
  const [copied, setCopied] = useState(false);
  const copy = async (event: React.MouseEvent) => {
    event.stopPropagation();
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    } catch {
      setCopied(false);
    }
  };
  return (
    // A native title, not an MUI Tooltip: one of these sits in every row, and the check mark confirms the copy.
    <IconButton aria-label={label} title={copied ? 'Copied' : label} size={size} onClick={copy}>
      {copied ? <Check fontSize="inherit" /> : <ContentCopy fontSize="inherit" />}
    </IconButton>
  );
}
