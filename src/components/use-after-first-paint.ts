import { useEffect, useState } from 'react';
import { afterNextPaint } from './after-next-paint';

let painted = false;

/**
 * False until the page has been painted once, then true (and true at once for anything mounted later).
 * For lazy parts that arrive after the first rows anyway (filters, export): rendering them in the first
 * render started their import there, and the bundler's preload of their chunks (a link per chunk) ran inside
 * the render that the rows were waiting for.
 */
export function useAfterFirstPaint(): boolean {
  const [after, setAfter] = useState(painted);
  useEffect(() => {
    if (after) return;
    return afterNextPaint(() => {
      painted = true;
      setAfter(true);
    });
  }, [after]);
  return after;
}
