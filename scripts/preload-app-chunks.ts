import type { Plugin } from 'vite';

/**
 * Adds <link rel="preload"> for the app chunk that src/main.tsx imports dynamically, and for
 * everything it imports. The entry stays tiny (it starts the first API request at once), but without
 * these links the browser would discover the app's chunks only after running the entry: a second
 * round trip before React and MUI even start to download.
 */
export function preloadAppChunks(appModule: string): Plugin {
  let base = '/';
  return {
    name: 'preload-app-chunks',
    apply: 'build',
    configResolved(config) {
      base = config.base; // `--base /tools/grants/`: the links must carry it, as Vite's own tags do.
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        if (!bundle) return [];
        const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
        // The app module may share its chunk with the modules it imports (scripts/first-view-chunks.ts).
        const app = chunks.find((chunk) => chunk.moduleIds.some((id) => id.endsWith(appModule)));
        if (!app) throw new Error(`preload-app-chunks: no chunk for ${appModule}`);
        const files = new Set<string>();
        const visit = (fileName: string) => {
          const chunk = chunks.find((item) => item.fileName === fileName);
          // The entry is already loading through its own <script>.
          if (files.has(fileName) || chunk?.isEntry) return;
          files.add(fileName);
          chunk?.imports.forEach(visit);
        };
        visit(app.fileName);
        return [...files].map((file) => ({
          tag: 'link',
          // `preload`, not `modulepreload`: download only. Chromium compiles modulepreloaded modules on
          // arrival, on the main thread, ahead of the entry, which then starts the first page's request
          // ~80 ms later; compiled on import instead, they cost the same but after that request is out.
          attrs: { rel: 'preload', as: 'script', crossorigin: '', href: `${base}${file}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}
