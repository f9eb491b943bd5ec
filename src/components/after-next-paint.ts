/**
 * Runs `callback` in the task after the next frame is painted: a frame callback runs just before that frame's
 * paint, and a task queued from it runs after. Returns a cancel function. In a tab in the background no frame
 * comes, so the callback waits until the tab is shown.
 */
export function afterNextPaint(callback: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(callback);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
