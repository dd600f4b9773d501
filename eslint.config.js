// Layer arrows from DESIGN.md/STYLE.md: imports point downwards only. A wrong import fails `npm run check`.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import prettier from 'eslint-config-prettier'

const layer = (pattern, message) => ({ group: pattern, message })

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'data/**',
      'node_modules/**',
      'coverage/**',
      'test-artifacts/**',
      'src/newsroom/api/schema.d.ts',
      '*.js',
      'scripts/*.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.check.json', './src/newsroom/tsconfig.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      'no-process-env': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    files: ['src/config.ts', 'test/**', 'bench/**', '*.config.ts'],
    rules: { 'no-process-env': 'off' },
  },
  // Kysely's expression builder is meant to be destructured: `where(({ eb, or }) => …)`.
  { files: ['src/store/**'], rules: { '@typescript-eslint/unbound-method': 'off' } },
  {
    files: ['test/**', 'bench/**'],
    // Vitest's asymmetric matchers (expect.any, objectContaining) are typed `any` by design.
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            layer(
              ['**/store/**', '**/services/**', '**/web/**', '**/render/**'],
              'domain imports nothing of ours',
            ),
            layer(['node:*', 'fastify', 'kysely', 'pg', 'better-sqlite3'], 'domain does no I/O'),
          ],
        },
      ],
    },
  },
  {
    files: ['src/store/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            layer(
              ['**/services/**', '**/web/**', '**/render/**', '**/importers/**'],
              'store → domain only',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['src/services/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            layer(
              ['**/web/**', '**/render/**', '**/importers/**', 'fastify'],
              'services never see HTTP',
            ),
          ],
        },
      ],
    },
  },
  // The demo is a front door like any other: it loads its data through the services' facade.
  {
    files: ['src/demo/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            layer(
              [
                '**/store/**',
                '**/web/**',
                '**/render/**',
                '**/importers/**',
                '**/services/*.js',
                '!**/services/index.js',
                '**/services/articles/**',
                '**/services/accounts/**',
                '**/services/taxonomy/**',
                '**/services/import/**',
                '**/services/site/**',
                // The drawn photos load sharp the way media ingest does.
                '**/services/media/*.js',
                '!**/services/media/sharp.js',
              ],
              "demo → domain and the services' facade only",
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['src/render/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            layer(
              ['**/store/**', '**/services/**', '**/web/**', 'fastify'],
              'render → domain only',
            ),
          ],
        },
      ],
    },
  },
  // The web and the importers reach the database only through the services facade (types too).
  {
    files: ['src/web/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [layer(['**/store/**'], 'web → services, never the store')] },
      ],
    },
  },
  {
    files: ['src/importers/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [layer(['**/store/**'], 'importers → services, never the store')] },
      ],
    },
  },
  // The newsroom app runs in the browser: it reaches the server only over /api/v1 and shares
  // nothing of it but the pure domain rules.
  {
    files: ['src/newsroom/**'],
    rules: {
      'no-process-env': 'off',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            layer(
              [
                '**/store/**',
                '**/services/**',
                '**/web/**',
                '**/render/**',
                '**/importers/**',
                '**/config*',
                '**/boot*',
                'node:*',
                'fastify',
              ],
              'newsroom → domain and /api/v1 only',
            ),
          ],
        },
      ],
    },
  },
  prettier,
)
