import { useCallback, useState } from 'react';

const key = 'cg-columns:last-used';

function stored(): boolean {
  try {
    return localStorage.getItem(key) === 'on';
  } catch {
    return false;
  }
}

/** Whether the grants table shows "Last used": a display preference kept in this browser (off by default). */
export function useLastUsedColumn(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(stored);
  const choose = useCallback((next: boolean) => {
    setOn(next);
    try {
      if (next) localStorage.setItem(key, 'on');
      else localStorage.removeItem(key);
    } catch {
      // Storage refused (private mode): the choice lasts for this page.
    }
  }, []);
  return [on, choose];
}
