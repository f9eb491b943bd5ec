import { describe, expect, it } from 'vitest';

// The entry (main.tsx) runs before the first-page request starts, so whatever it imports statically
// delays the first rows of a stayed-connected admin. It once grew zod (~12 KB gzip, ~40 ms of startup)
// through stored-session.ts → stored-names.ts. This walks the entry's static imports as the bundler
// would and names any library it reaches; `import type` and dynamic `import()` are not followed.
const sources = import.meta.glob<string>('/src/**/*.{ts,tsx}', { query: '?raw', import: 'default', eager: true });
const staticImport = /^import\s+(?!type\b)[^'"]*?from\s+'([^']+)'|^import\s+'([^']+)'/gm;

function resolveModule(from: string, specifier: string): string | undefined {
  const parts = from.split('/').slice(0, -1);
  for (const part of specifier.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  const base = parts.join('/');
  return [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`].find((path) => path in sources);
}

function entryGraph(entry: string): { modules: string[]; libraries: string[] } {
  const seen = new Set<string>();
  const libraries = new Set<string>();
  const walk = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const match of (sources[file] ?? '').matchAll(staticImport)) {
      const specifier = match[1] ?? match[2] ?? '';
      if (!specifier.startsWith('.')) libraries.add(specifier);
      else {
        const target = resolveModule(file, specifier);
        if (target) walk(target);
      }
    }
  };
  walk(entry);
  return { modules: [...seen], libraries: [...libraries] };
}

describe('the entry chunk', () => {
  it('imports no library and no schema: only what requests the first page', () => {
    const { modules, libraries } = entryGraph('/src/main.tsx');
    expect(modules).toContain('/src/boot/early-first-page.ts');
    expect(modules).toContain('/src/connection/stored-session.ts');
    expect(libraries).toEqual([]);
    expect(modules).not.toContain('/src/schema.ts');
  });
});
