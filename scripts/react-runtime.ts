import type { Alias } from 'vite';

/**
 * The dashboard is written against React's API; the browser bundle runs it on preact/compat, which
 * implements that API in ~10 KB gzip instead of react-dom's ~60 KB (issue #8: the first view's JS
 * budget is 170 KB; with react-dom it was 220 KB). Every e2e test runs on this production build.
 * Builds only: Vitest keeps real React (Testing Library drives react-dom directly) and so does
 * `npm run dev` (React Fast Refresh). `DASHBOARD_RUNTIME=react npm run build` builds with React itself.
 */
export function reactRuntimeAliases(command: 'build' | 'serve', runtime = process.env.DASHBOARD_RUNTIME): Alias[] {
  if (command !== 'build' || runtime === 'react') return [];
  return [
    { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
    { find: /^react-dom$/, replacement: 'preact/compat' },
    { find: /^react$/, replacement: 'preact/compat' },
    { find: /^react\/jsx-(dev-)?runtime$/, replacement: 'preact/jsx-runtime' },
  ];
}
