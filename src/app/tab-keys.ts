/**
 * Where a key moves the focus in a tab list (WAI-ARIA tabs pattern, manual activation like MUI's Tabs): the
 * arrows to the previous or next tab, wrapping; Home and End to the first and last. Undefined: not ours.
 */
export function tabKeyTarget(key: string, current: number, count: number): number | undefined {
  if (count === 0) return undefined;
  switch (key) {
    case 'ArrowRight':
      return (current + 1) % count;
    case 'ArrowLeft':
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
