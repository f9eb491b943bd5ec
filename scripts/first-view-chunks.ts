// Groups the modules each first view needs into one chunk per view, instead of the ~40 small shared
// chunks the bundler derives from every lazy import: gzip compresses one file far better than forty
// (measured: the grants view's first-view JS as 40 files gzips to ~16 KB more than the same code as one),
// and the browser makes fewer requests. What each view loads does not change:
// - `app`: modules statically reachable from the app module (src/app/mount.tsx): both the connect form
//   and the grants view need all of them.
// - `grants-view`: modules statically reachable from the grants page that neither the app module nor the
//   other views (connect form, Access, Findings) import: those views never download the grants page.
// - `views-shared`: the rest of the grants page's static imports, which other views import too (MUI's
//   inputs, Select, Menu…): one chunk rather than a dozen, though a view may get a little it does not use.
// - `grants-later`: what the grants view imports lazily but always loads right after its first paint (the
//   filters with the Organization filter, the Export menu), when nothing else imports it: one chunk rather than
//   four to six small ones (measured: ~0.6 KB less gzip in the first view, bench/RESULTS.md), and no other view
//   ever downloads it.
// Modules of the entry (src/main.tsx) stay in the entry; lazy features keep their own chunks.
type ModuleInfo = { importedIds: readonly string[]; importers?: readonly string[]; dynamicImporters?: readonly string[] };
type Context = { getModuleInfo(id: string): ModuleInfo | null };

function staticClosure(roots: string[], ctx: Context): Set<string> {
  // A renamed view would otherwise silently fall back to the bundler's ~40 small chunks.
  const missing = roots.filter((root) => !ctx.getModuleInfo(root));
  if (missing.length > 0) throw new Error(`first-view-chunks: no module ${missing.join(', ')}`);
  const seen = new Set<string>();
  const stack = [...roots];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(ctx.getModuleInfo(id)?.importedIds ?? []));
  }
  return seen;
}

/**
 * The modules of `roots`' static closure, outside `taken`, whose every importer (static or dynamic) is one of
 * them or in `owners`: a chunk of them is downloaded only through `owners`, never by another view.
 */
function onlyReachedThrough(roots: string[], taken: Set<string>, owners: Set<string>, ctx: Context): Set<string> {
  const group = new Set([...staticClosure(roots, ctx)].filter((id) => !taken.has(id)));
  let changed = true;
  while (changed) {
    changed = false;
    for (const id of group) {
      const info = ctx.getModuleInfo(id);
      const importers = [...(info?.importers ?? []), ...(info?.dynamicImporters ?? [])];
      if (importers.every((importer) => group.has(importer) || owners.has(importer))) continue;
      group.delete(id);
      changed = true;
    }
  }
  return group;
}

export function firstViewChunks(root: string) {
  const entry = `${root}/src/main.tsx`;
  const app = `${root}/src/app/mount.tsx`;
  const grants = `${root}/src/grants/grants-page.tsx`;
  const otherViews = ['connection/connect-form.tsx', 'access/access-page.tsx', 'findings/findings-page.tsx'].map(
    (path) => `${root}/src/${path}`,
  );
  const later = ['grants/grant-filters.tsx', 'grants/organization-filter.tsx', 'grants/grants-export.tsx'].map(
    (path) => `${root}/src/${path}`,
  );
  type Groups = { entry: Set<string>; app: Set<string>; grants: Set<string>; others: Set<string>; later: Set<string> };
  let groups: Groups | undefined;
  const build = (ctx: Context): Groups => {
    const found = {
      entry: staticClosure([entry], ctx),
      app: staticClosure([app], ctx),
      grants: staticClosure([grants], ctx),
      others: staticClosure(otherViews, ctx),
    };
    const taken = new Set([...found.entry, ...found.app, ...found.grants, ...found.others]);
    const grantsOnly = new Set([...found.grants].filter((id) => !found.others.has(id) && !found.app.has(id)));
    return { ...found, later: onlyReachedThrough(later, taken, grantsOnly, ctx) };
  };
  return (moduleId: string, ctx: Context): string | null => {
    groups ??= build(ctx);
    if (groups.entry.has(moduleId)) return null;
    if (groups.app.has(moduleId)) return 'app';
    if (groups.later.has(moduleId)) return 'grants-later';
    if (!groups.grants.has(moduleId)) return null;
    return groups.others.has(moduleId) ? 'views-shared' : 'grants-view';
  };
}
