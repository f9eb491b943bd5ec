/** Marks a value whose full text shows as a tooltip when the layout cuts it (see installOverflowTitles). */
export const OVERFLOW_TITLE = 'data-overflow-title';

/**
 * The first box around `element` that has a width: an inline value (a <bdi> in running text) is cut by the
 * block that holds it, and has no width of its own to compare.
 */
function boxOf(element: HTMLElement): HTMLElement | null {
  let box: HTMLElement | null = element;
  while (box && box.clientWidth === 0) box = box.parentElement;
  return box;
}

/**
 * The pointer reached `target`: if it is (inside) a marked value that the layout cut with an ellipsis, its full
 * text becomes its native tooltip; if the value shows whole, it has none.
 */
export function showOverflowTitle(target: EventTarget | null): void {
  if (!(target instanceof Element)) return;
  const element = target.closest(`[${OVERFLOW_TITLE}]`);
  if (!(element instanceof HTMLElement)) return;
  const box = boxOf(element);
  const cut = box !== null && box.scrollWidth > box.clientWidth;
  const text = element.textContent ?? '';
  if (cut && element.title !== text) element.title = text;
  else if (!cut && element.hasAttribute('title')) element.removeAttribute('title');
}

/**
 * Tenant values (names, ids, scopes) are cut to one line; their full text is set as a `title` when the pointer
 * reaches one, and only if it is cut. Rendered as a `title` on every value instead, a page turn of the grants
 * table rewrote ~175 of them: the largest single item of the click's script (setAttribute, profiled).
 * One listener for the document, installed at mount; returns its removal.
 */
export function installOverflowTitles(root: Document = document): () => void {
  const listener = (event: Event) => showOverflowTitle(event.target);
  root.addEventListener('mouseover', listener, { capture: true, passive: true });
  return () => root.removeEventListener('mouseover', listener, { capture: true });
}
