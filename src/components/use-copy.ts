import { useState, type MouseEvent } from 'react';

/**
 * Copies a value to the clipboard; `copied` is true for a moment afterwards, to confirm it, and only
 * for that value: a row reused for another grant (rows are keyed by position) does not inherit it.
 */
export function useCopy(value: string): { copied: boolean; copy(event: MouseEvent): Promise<void> } {
  const [copiedValue, setCopiedValue] = useState<string>();
  const copy = async (event: MouseEvent) => {
    // Copy buttons sit inside clickable rows and cards: copying must not also open the grant.
    event.stopPropagation();
    try {
      await navigator.clipboard.writeText(value);
      setCopiedValue(value);
      setTimeout(() => setCopiedValue((current) => (current === value ? undefined : current)), 1500);
    } catch {
      setCopiedValue(undefined);
    }
  };
  return { copied: copiedValue === value, copy };
}
