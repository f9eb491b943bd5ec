import { describe, expect, it } from 'vitest';
import { firstViewChunks } from './first-view-chunks.ts';

// A fake module graph: ids are paths under /r/src; `imports` static, `lazy` dynamic.
type Node = { imports?: string[]; lazy?: string[] };
function context(graph: Record<string, Node>) {
  const id = (path: string) => `/r/src/${path}`;
  const importers = (target: string, kind: 'imports' | 'lazy') =>
    Object.entries(graph)
      .filter(([, node]) => (node[kind] ?? []).includes(target))
      .map(([path]) => id(path));
  return {
    getModuleInfo(moduleId: string) {
      const path = moduleId.slice('/r/src/'.length);
      const node = graph[path];
      if (!node) return null;
      return {
        importedIds: (node.imports ?? []).map(id),
        importers: importers(path, 'imports'),
        dynamicImporters: importers(path, 'lazy'),
      };
    },
  };
}

const graph: Record<string, Node> = {
  'main.tsx': { lazy: ['app/mount.tsx', 'grants/grants-page.tsx'] },
  'app/mount.tsx': { imports: ['shell.ts'], lazy: ['connection/connect-form.tsx', 'access/access-page.tsx', 'findings/findings-page.tsx'] },
  'shell.ts': {},
  'connection/connect-form.tsx': { imports: ['mui-text-field.ts'] },
  'access/access-page.tsx': { lazy: ['shared-picker.ts'] },
  'findings/findings-page.tsx': {},
  'grants/grants-page.tsx': { imports: ['grants/table.tsx'], lazy: ['grants/grant-filters.tsx', 'grants/grants-export.tsx'] },
  'grants/table.tsx': {},
  'grants/grant-filters.tsx': { imports: ['mui-text-field.ts', 'grants/only-filters.ts', 'shared-picker.ts'], lazy: ['grants/organization-filter.tsx'] },
  'grants/organization-filter.tsx': { imports: ['grants/only-filters.ts'] },
  'grants/grants-export.tsx': {},
  'grants/only-filters.ts': {},
  'shared-picker.ts': {},
};

describe('firstViewChunks', () => {
  const chunkOf = (path: string) => firstViewChunks('/r')(`/r/src/${path}`, context(graph));

  it('groups what only the grants view loads after its first paint into grants-later', () => {
    for (const path of ['grants/grant-filters.tsx', 'grants/organization-filter.tsx', 'grants/grants-export.tsx', 'grants/only-filters.ts'])
      expect(chunkOf(path), path).toBe('grants-later');
  });

  it('leaves out what another view imports, statically or lazily, so no other view downloads the group', () => {
    expect(chunkOf('mui-text-field.ts')).toBeNull();
    expect(chunkOf('shared-picker.ts')).toBeNull();
  });

  it('keeps the entry, the app and the grants page where they were', () => {
    expect(chunkOf('main.tsx')).toBeNull();
    expect(chunkOf('shell.ts')).toBe('app');
    expect(chunkOf('grants/table.tsx')).toBe('grants-view');
  });
});
