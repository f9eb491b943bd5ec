import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { preloadAppChunks } from './scripts/preload-app-chunks.ts';
import { firstViewChunks } from './scripts/first-view-chunks.ts';

const resultsDir = 'test-results';

export default defineConfig({
  plugins: [react(), preloadAppChunks('src/app/mount.tsx')],
  build: {
    sourcemap: true,
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
    ],
  },
});
