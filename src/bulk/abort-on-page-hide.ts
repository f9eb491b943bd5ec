/**
 * Aborts a journaled run (bulk changes, Compare's Apply) when the page goes away (reload, navigation, tab
 * closed). The browser cancels the run's request in flight as the document unloads; without this the run would
 * take that for a network error, mark the grant "failed" and save it in the journal just before the page dies,
 * so after the reload Finish would skip it and the change would never be made. Aborted, the run stops where it was: the journal keeps the grant pending (or
 * `writing`, re-read by Finish). Returns the listener's removal.
 */
export function abortOnPageHide(controller: AbortController, target: EventTarget = window): () => void {
  const hide = () => controller.abort(new DOMException('The page is going away', 'AbortError'));
  target.addEventListener('pagehide', hide);
  return () => target.removeEventListener('pagehide', hide);
}
