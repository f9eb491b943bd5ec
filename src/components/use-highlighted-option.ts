import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

const OPTION_ID = /-option-(\d+)$/;

/**
 * The index of the option MUI's Autocomplete highlights, read from its input's `aria-activedescendant`
 * (`<id>-option-<n>`), which MUI sets imperatively on every arrow key. Re-rendered at once (flushSync), so a
 * virtual listbox has the options around it in the DOM before the next key: MUI looks there for the option
 * to move to and skips one that is not rendered. With fast key repeat the scroll-driven range lagged behind.
 */
export function useHighlightedOption(listboxId: string | undefined): number | undefined {
  const [index, setIndex] = useState<number>();
  useEffect(() => {
    const input = listboxId
      ? Array.from(document.querySelectorAll('[aria-controls]')).find((node) => node.getAttribute('aria-controls') === listboxId)
      : undefined;
    if (!input) return undefined;
    // Attached before MUI highlights on opening: a child's effects run before its parent Autocomplete's.
    const observer = new MutationObserver(() => {
      const match = OPTION_ID.exec(input.getAttribute('aria-activedescendant') ?? '');
      flushSync(() => setIndex(match ? Number(match[1]) : undefined));
    });
    observer.observe(input, { attributes: true, attributeFilter: ['aria-activedescendant'] });
    return () => observer.disconnect();
  }, [listboxId]);
  return index;
}
