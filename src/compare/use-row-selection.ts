import { useCallback, useState } from 'react';

const none: ReadonlySet<string> = new Set();

/**
 * The Differences table's chosen rows, by match key (a key gone from the diff is simply not applied). A new pair of
 * sides (`sides`) starts with none chosen: a choice made for one target is never applied to another.
 */
export function useRowSelection(sides: string) {
  const [state, setState] = useState<{ sides: string; selected: ReadonlySet<string> }>({
    sides,
    selected: none,
  });
  const selected = state.sides === sides ? state.selected : none;
  const setSelected = useCallback(
    (update: (before: ReadonlySet<string>) => ReadonlySet<string>) =>
      setState((before) => ({ sides, selected: update(before.sides === sides ? before.selected : none) })),
    [sides],
  );
  const onSelect = useCallback(
    (keys: readonly string[], on: boolean) => {
      setSelected((before) => {
        const next = new Set(before);
        for (const key of keys) {
          if (on) next.add(key);
          else next.delete(key);
        }
        return next;
      });
    },
    [setSelected],
  );
  return { selected, onSelect };
}
