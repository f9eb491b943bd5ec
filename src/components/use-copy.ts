import { useState, type MouseEvent } from 'react';

/** Copies a value to the clipboard; `copied` is true for a moment afterwards, to confirm it. */
export function useCopy(value: string): { copied: boolean; copy(event: MouseEvent): Promise<void> } {
  const [copied, setCopied] = useState(false);
  const copy = async (event: MouseEvent) => {
    // Copy buttons sit inside clickable rows and cards: copying must not also open the grant.
    event.stopPropagation();
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    } catch {
      setCopied(false);
    }
  };
  return { copied, copy };
}
