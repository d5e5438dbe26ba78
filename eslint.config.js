import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeGlobals = [
  'process',
  'console',
  'URL',
  'URLSearchParams',
  'setTimeout',
  'clearTimeout',
  'Buffer',
  'fetch',
];
const browserGlobals = [
  'window',
  'document',
  'location',
  'customElements',
  'sessionStorage',
  'localStorage',
  'fetch',
  'Headers',
  'FormData',
  'CustomEvent',
  'HTMLElement',
  'navigator',
];

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', 'docs/api/**', '**/coverage/**', '**/.turbo/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: Object.fromEntries(nodeGlobals.map((name) => [name, 'readonly'])) },
  },
  {
    // Example pages' scripts, and test code that runs inside the page.
    files: ['examples/**/*.js'],
    languageOptions: {
      globals: Object.fromEntries(browserGlobals.map((name) => [name, 'readonly'])),
    },
  },
);
