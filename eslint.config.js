// @ts-check
import { readdirSync } from 'node:fs'

import js from '@eslint/js'
import pluginQuery from '@tanstack/eslint-plugin-query'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import { importX } from 'eslint-plugin-import-x'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const folders = (path) =>
  readdirSync(new URL(path, import.meta.url), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)

const bulk = './src/features/phone-numbers/bulk'
// What a pure layer must not reach: React (and the libraries built on it), and the API
// client singleton, which only a hook or the api/ folder may hold.
const reactAndTheClient = [
  './node_modules/react',
  './node_modules/react-dom',
  './node_modules/@types/react',
  './node_modules/@types/react-dom',
  './node_modules/@tanstack/react-query',
  './node_modules/@tanstack/react-virtual',
  './node_modules/react-router',
  './node_modules/react-hook-form',
  './src/lib/api/client.ts',
]

/**
 * The direction shared -> features -> app, in the manner of bulletproof-react: a feature
 * imports no other feature, lib/ and components/ no feature, nothing but app/ (and the
 * entry point) imports app/; the pure bulk layers import no React and no API client.
 * Features are read from the tree, so a new one is kept apart without editing this list.
 */
const zones = [
  ...folders('./src/features').map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'Features stay apart: share through src/lib or src/components, or compose in src/app.',
  })),
  {
    target: ['./src/lib', './src/components', './src/config'],
    from: ['./src/features', './src/app'],
    message:
      'Shared code imports no feature and no page: the direction is shared -> features -> app.',
  },
  {
    target: folders('./src')
      .filter((folder) => folder !== 'app')
      .map((folder) => `./src/${folder}`),
    from: './src/app',
    message: 'Only src/app composes pages; nothing else imports from it.',
  },
  {
    target: './src/features/history/model',
    from: [...reactAndTheClient, './src/features/history/api', './src/features/history/components'],
    message: 'history/model is pure: no React, no requests; api/ and components/ build on it.',
  },
  {
    target: [`${bulk}/parse`, `${bulk}/register`],
    from: reactAndTheClient,
    message: 'bulk/parse and bulk/register are pure: no React, no API client (it is passed in).',
  },
  {
    target: `${bulk}/parse`,
    from: [`${bulk}/register`, `${bulk}/worker`, `${bulk}/dialog`],
    message: 'bulk/parse is the bottom layer: register, worker and dialog build on it.',
  },
  {
    target: [`${bulk}/register`, `${bulk}/worker`],
    from: `${bulk}/dialog`,
    message: 'Only bulk/dialog composes the bulk layers.',
  },
]

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      '.data',
      'test-results',
      'playwright-report',
      'bench-results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ['*.js', '.ci/*.mjs', 'scripts/*.mjs'],
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'inline-type-imports' },
      ],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    extends: [
      reactHooks.configs.flat['recommended-latest'],
      jsxA11y.flatConfigs.recommended,
      ...pluginQuery.configs['flat/recommended'],
    ],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.app.json' })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: [
      'server/**/*.ts',
      'sandbox/**/*.ts',
      'e2e/**/*.ts',
      'scripts/**/*.{ts,mjs}',
      '*.config.{ts,js}',
      'eslint.config.test.ts',
      '.ci/*.mjs',
    ],
    languageOptions: { globals: globals.node },
  },
  {
    // The emulator stands in for Thumbtack: the app server mounts it, never the reverse.
    files: ['sandbox/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/server/*'],
              message: 'The sandbox is only the Thumbtack emulator; server/ composes it.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
)
