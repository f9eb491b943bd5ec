/** The dashboard's views; `view` in the URL (absent means Grants), so a link opens the same view. */
export const views = ['grants', 'access', 'findings'] as const;
export type View = (typeof views)[number];

export function parseView(search: string): View {
  const value = new URLSearchParams(search).get('view');
  return views.find((view) => view !== 'grants' && view === value) ?? 'grants';
}
