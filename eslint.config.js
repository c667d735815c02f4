import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const electronOnly = {
  paths: [
    {
      name: 'electron',
      message: "Only src/main/index.ts and src/main/electron/ may import 'electron'.",
    },
    { name: 'electron-store', message: 'Only the Electron adapters may import electron-store.' },
  ],
};

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'build/icons/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'bench/results.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}', 'src/harness/browser/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          ...electronOnly,
          patterns: [
            {
              group: ['**/main/**', 'node:*'],
              message: 'The renderer talks to main only through window.timedeck.',
            },
          ],
        },
      ],
    },
  },
  {
    // The contract and domain types: pure TypeScript that every side can import.
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...electronOnly,
          patterns: [{ group: ['node:*', 'react', 'react-dom', '**/main/**', '**/renderer/**'] }],
        },
      ],
    },
  },
  {
    // The X simulator is its own module: it may use the shared contract and types, never main.
    files: ['src/simulator/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...electronOnly,
          patterns: [{ group: ['**/main/**', '**/renderer/**', '**/harness/**'] }],
        },
      ],
    },
  },
  {
    // Main's services run in Node under the harness too: no Electron outside the host and adapters.
    files: ['src/main/**/*.ts', 'src/harness/**/*.ts'],
    ignores: ['src/main/index.ts', 'src/main/electron/**'],
    rules: { 'no-restricted-imports': ['error', electronOnly] },
  },
);
