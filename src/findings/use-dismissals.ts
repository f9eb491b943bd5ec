import { useCallback, useSyncExternalStore } from 'react';
import { readDismissals, subscribeDismissals, writeDismissals } from './dismissal-store';

export function useDismissals(domain: string, subject: string | undefined) {
  const dismissals = useSyncExternalStore(subscribeDismissals, () => readDismissals(domain, subject));
  const dismiss = useCallback(
    (id: string, reason: string) =>
      writeDismissals(domain, subject, {
        ...readDismissals(domain, subject),
        [id]: { reason, at: Date.now() },
      }),
    [domain, subject],
  );
  const restore = useCallback(
    (id: string) => {
      const { [id]: _removed, ...rest } = readDismissals(domain, subject);
      writeDismissals(domain, subject, rest);
    },
    [domain, subject],
  );
  return { dismissals, dismiss, restore };
}
