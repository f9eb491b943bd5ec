/**
 * The address bar's query with a view's own parameters (`keys`) as `canonical` has them: a value dropped, or
 * kept once, trimmed, in its place. Undefined when the query already is canonical. Parameters the view does
 * not own are kept as they are, in place. Shared by the grants view and the Access view.
 */
export function correctOwnParams(
  query: string,
  keys: readonly string[],
  canonicalOf: (params: URLSearchParams) => URLSearchParams,
): string | undefined {
  const params = new URLSearchParams(query);
  const canonical = canonicalOf(params);
  let changed = false;
  for (const key of keys) {
    const raw = params.getAll(key);
    const value = canonical.get(key);
    if (raw.length === (value === null ? 0 : 1) && (value === null || raw[0] === value)) continue;
    changed = true;
    // set() replaces the first occurrence in place and drops the others.
    if (value === null) params.delete(key);
    else params.set(key, value);
  }
  return changed ? params.toString() : undefined;
}
