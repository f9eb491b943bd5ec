import { useEffect, useState } from 'react';

/** How often findings are re-evaluated while the tenant is still being read. */
export const READING_EVALUATION_MS = 5000;

/**
 * The index version findings are evaluated for. Outside a read, every version (a write made here shows at
 * once). While a read runs, its first version and then at most one every `intervalMs`: each evaluation
 * walks every grant read so far, and re-running it for each published page (once a second) spent ~2.5 s
 * of main thread during a 100,000-grant read, time the read itself needed.
 */
export function useEvaluatedVersion(version: number, reading: boolean, intervalMs = READING_EVALUATION_MS): number {
  const [sampled, setSampled] = useState({ version, at: 0 });
  useEffect(() => {
    // An infinite interval means "not until the read ends". It must not reach setTimeout: browsers run a
    // timer longer than 2^31 - 1 ms at once, which re-evaluated every page of a read (~1.2 s of main thread
    // during a 100,000-grant read, for counts the tab hides until the end).
    if (!reading || version === sampled.version || !Number.isFinite(intervalMs)) return;
    const timer = setTimeout(() => setSampled({ version, at: Date.now() }), Math.max(0, sampled.at + intervalMs - Date.now()));
    return () => clearTimeout(timer);
  }, [version, sampled, reading, intervalMs]);
  return reading ? sampled.version : version;
}
