import { useState } from 'react';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import ContentCopy from '@mui/icons-material/ContentCopy';
import Check from '@mui/icons-material/Check';

type Props = { value: string; label: string; size?: 'small' | 'medium'; variant?: 'icon' | 'text' };

/**
 * Copies `value`; the icon turns into a check mark to confirm. `icon` (rows: one per row, so a native
 * title rather than an MUI Tooltip) or `text` (the detail panel, where several copy actions sit side by side).
 */
export function CopyButton({ value, label, size = 'small', variant = 'icon' }: Props) {
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
  const icon = copied ? <Check fontSize="inherit" /> : <ContentCopy fontSize="inherit" />;
  if (variant === 'text') {
    return (
      <Button size={size} startIcon={icon} onClick={copy} aria-label={label}>
        {copied ? 'Copied' : label}
      </Button>
    );
  }
  return (
    <IconButton aria-label={label} title={copied ? 'Copied' : label} size={size} onClick={copy}>
      {icon}
    </IconButton>
  );
}
