import { useCallback, useState } from 'react';

/** The Differences table's chosen rows, by match key (a key gone from the diff is simply not applied). */
export function useRowSelection() {
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  const onSelect = useCallback((keys: readonly string[], on: boolean) => {
    setSelected((before) => {
      const next = new Set(before);
      for (const key of keys) {
        if (on) next.add(key);
        else next.delete(key);
      }
      return next;
    });
  }, []);
  return { selected, onSelect };
}
