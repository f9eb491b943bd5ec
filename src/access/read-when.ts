import { relativeTime } from '../components/relative-time';

/**
 * When the answer was read. A read resumed after a reload holds pages from before it: say so, rather than
 * call the whole of it fresh ("from 12 minutes ago to just now").
 */
export function readWhen(readAt: number, resumedFrom: number | undefined, now: number): string {
  const end = relativeTime(readAt, now);
  if (resumedFrom === undefined) return end;
  const start = relativeTime(resumedFrom, now);
  return start === end
    ? `${end} (resumed after a reload)`
    : `from ${start} to ${end} (resumed after a reload)`;
}
