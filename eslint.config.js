import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'bench/results', '.local-tenant-data'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat['recommended-latest']],
    rules: {
      // src/ is the browser app: it must never reach into the emulator (a separate program, HTTP only).
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/local-tenant/**'] },
            {
              // 'zod', 'zod/mini', 'zod/v4/…', 'zod/locales', … (not '@hookform/resolvers/zod')
              regex: '^zod(/.*)?$',
              message:
                "Import { z } from src/schema.ts: it turns off zod's eval probe (which our CSP reports) and is zod/mini, which keeps full zod out of the bundle.",
            },
          ],
        },
      ],
    },
  },
  { files: ['src/schema.ts'], rules: { 'no-restricted-imports': 'off' } },
  {
    // CLIs and test harnesses print to stdout by design.
    files: ['local-tenant/**', 'scripts/**', 'e2e/**', 'bench/**'],
    rules: { 'no-console': 'off' },
  },
);
