import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { preloadAppChunks } from './scripts/preload-app-chunks.ts';
import { firstViewChunks } from './scripts/first-view-chunks.ts';
import { securityPolicy } from './scripts/security-policy-plugin.ts';

const resultsDir = 'test-results';

export default defineConfig({
  plugins: [
    react(),
    preloadAppChunks('src/app/mount.tsx'),
    // ALLOW_LOCAL_TENANT=1: the build's CSP also lets the page reach a local tenant over http on loopback.
    securityPolicy({ localTenant: process.env.ALLOW_LOCAL_TENANT === '1' }),
  ],
  build: {
    sourcemap: true,
    // The `app` chunk (React, react-dom, MUI's core, Emotion, TanStack Query and the shell: ~500 kB, ~160 kB
    // gzip) is one chunk on purpose (scripts/first-view-chunks.ts): the connect form and the grants view both
    // need all of it before their first paint, and split it would gzip larger and cost more requests. Its real
    // guard is the first-view gzip budget (bench/report.ts, README Performance); this limit, ~10 % above it,
    // still warns about sudden growth.
    chunkSizeWarningLimit: 550,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: firstViewChunks(import.meta.dirname), debugName: 'first-view', includeDependenciesRecursively: false }],
        },
      },
    },
  },
  test: {
    reporters: ['default', ['json', { outputFile: `${resultsDir}/vitest.json` }]],
    projects: [
      {
        extends: true,
        test: {
          name: 'dashboard',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}'],
          setupFiles: ['./src/test-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'local-tenant',
          environment: 'node',
          include: ['local-tenant/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: { name: 'scripts', environment: 'node', include: ['scripts/**/*.test.ts'] },
      },
    ],
  },
});
