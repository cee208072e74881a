// ESLint flat config for the Samenspel workspace.
// - TypeScript: type-aware typescript-eslint (strictTypeChecked, a superset of recommendedTypeChecked),
//   using the project service (files are matched to the nearest tsconfig.json, i.e. the root one).
// - Library source (packages/*/src, non-test): every exported declaration needs a doc comment.
// - Tests: still type-aware, with a few rules relaxed that only add noise there.
// - Plain JS (.js/.mjs/.cjs: config files, scripts, bin): @eslint/js recommended, not type-aware.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import jsdoc from 'eslint-plugin-jsdoc';
import tseslint from 'typescript-eslint';

/** Globals of node 20 that scripts use (the `globals` package is not a dependency here). */
const nodeGlobals = Object.fromEntries(
  [
    'AbortController',
    'Buffer',
    'URL',
    'URLSearchParams',
    'TextDecoder',
    'TextEncoder',
    'clearImmediate',
    'clearInterval',
    'clearTimeout',
    'console',
    'fetch',
    'performance',
    'process',
    'queueMicrotask',
    'setImmediate',
    'setInterval',
    'setTimeout',
    'structuredClone',
  ].map((name) => [name, 'readonly']),
);

const testFiles = ['**/*.test.ts', 'packages/*/src/test-support/**/*.ts'];

export default defineConfig([
  globalIgnores([
    '**/*-scratch.ts',
    '**/dist/',
    '**/node_modules/',
    '**/coverage/',
    'explorer/dist/',
    'explorer/dist-*/',
    'test-results/',
    'playwright-report/',
  ]),

  js.configs.recommended,

  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: nodeGlobals },
  },

  {
    files: ['**/*.ts', '**/*.mts', '**/*.cts'],
    extends: [tseslint.configs.strictTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Numbers in messages (`${value}`) are normal in a numeric library.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // Allow `list.forEach((x) => out.push(x))`; still flags `const y = voidCall()`.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },

  {
    files: ['packages/*/src/**/*.ts'],
    ignores: testFiles,
    plugins: { jsdoc },
    settings: { jsdoc: { mode: 'typescript' } },
    rules: {
      // A doc comment on every exported declaration; TSDoc-style prose is enough (no @param/@returns demanded).
      'jsdoc/require-jsdoc': [
        'error',
        {
          publicOnly: true,
          require: { FunctionDeclaration: true, ClassDeclaration: true },
          contexts: [
            'TSInterfaceDeclaration',
            'TSTypeAliasDeclaration',
            'TSEnumDeclaration',
            'Program > VariableDeclaration',
            'ExportNamedDeclaration > VariableDeclaration',
          ],
        },
      ],
      // ...and the comment must say something.
      'jsdoc/require-description': [
        'error',
        {
          contexts: [
            'FunctionDeclaration',
            'ClassDeclaration',
            'TSInterfaceDeclaration',
            'TSTypeAliasDeclaration',
            'TSEnumDeclaration',
            'VariableDeclaration',
          ],
        },
      ],
      'jsdoc/check-alignment': 'error',
    },
  },

  {
    files: testFiles,
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-empty-function': 'off',
    },
  },
]);
