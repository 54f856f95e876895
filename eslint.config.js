import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Each room keeps its door shut. The renderer talks to the core only through the API
// contract; browser-safe code never reaches for Node, the database or Electron; only the
// desktop shell imports Electron.
const nodeOnly = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'better-sqlite3', 'drizzle-orm', 'drizzle-orm/*', 'electron', 'ws'];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'db/migrations/**', 'test-artifacts/**', 'test-results/**', '.tmp*', '.scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Plain JavaScript files (bin/, build scripts) run in Node.
    files: ['**/*.mjs', '**/*.js', '**/*.cjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='transaction'] > :matches(ArrowFunctionExpression, FunctionExpression)[async=true]",
          message: 'better-sqlite3 transactions are synchronous: an async callback commits before its awaits run.',
        },
      ],
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mjs', '**/*.js'],
    ignores: ['electron/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'Only electron/ may import electron.' }] }],
    },
  },
  {
    files: ['renderer/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeOnly, message: 'The renderer runs in a browser: it reaches the core only through the API client.' },
            { group: ['**/db/**', '**/db'], message: 'The renderer never touches the database.' },
            {
              group: ['**/core/*', '!**/core/api', '!**/core/model'],
              message: 'The renderer may import only core/api (the contract) and core/model (pure helpers).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['core/model/**', 'core/api.ts', 'core/contract/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeOnly, message: 'core/model, core/api and core/contract are browser-safe.' },
            { group: ['**/db/**', '**/db'], message: 'The contract and the model know nothing of the database.' },
          ],
        },
      ],
    },
  },
  {
    files: ['core/**', 'db/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'Only electron/ may import electron.' }],
          patterns: [{ group: ['**/renderer/**'], message: 'The core does not depend on the UI.' }],
        },
      ],
    },
  },
);
