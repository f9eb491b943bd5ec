/** The dashboard's views; `view` in the URL (absent means Grants), so a link opens the same view. */
export const views = ['grants', 'access', 'findings', 'compare'] as const;
export type View = (typeof views)[number];

/** A padded value counts (as the grants view's parameters do); anything else, or nothing, is the grants table. */
export function parseView(search: string): View {
  const value = new URLSearchParams(search).get('view')?.trim();
  return views.find((view) => view !== 'grants' && view === value) ?? 'grants';
}

/**
 * The address bar's query with `view` in its canonical form (trimmed, once; left out for the grants table, its
 * default, and when unknown), or undefined when it already is: a copied link then names the view on screen.
 */
export function correctViewQuery(query: string): string | undefined {
  const params = new URLSearchParams(query);
  const view = parseView(query);
  const raw = params.getAll('view');
  if (view === 'grants' ? raw.length === 0 : raw.length === 1 && raw[0] === view) return undefined;
  // set() replaces the first occurrence in place and drops the others.
  if (view === 'grants') params.delete('view');
  else params.set('view', view);
  return params.toString();
}
