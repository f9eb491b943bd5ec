import { useEffect, useState } from 'react';

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
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A frame callback runs just before that frame's paint; a task queued from it runs after the paint.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        painted = true;
        setAfter(true);
      });
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [after]);
  return after;
}
