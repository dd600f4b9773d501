import { defineConfig } from 'vitest/config'

const shared = [
  'test/store/**/*.test.ts',
  'test/services/**/*.test.ts',
  'test/web/**/*.test.ts',
  'test/importers/**/*.test.ts',
  'test/cli/**/*.test.ts',
]

// Store, services and web run twice from the same files: once on SQLite, once on PostgreSQL.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: 'domain', include: ['test/domain/**/*.test.ts', 'test/config.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'sqlite',
          include: shared,
          env: { MASTHEAD_TEST_DB: 'sqlite' },
          globalSetup: ['test/support/global-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'postgres',
          include: shared,
          env: { MASTHEAD_TEST_DB: 'postgres' },
          globalSetup: ['test/support/global-setup.ts'],
        },
      },
      {
        // The newsroom app in real Chromium against the production bundle (npm run build first):
        // one browser for the run, files one after another.
        extends: true,
        test: {
          name: 'browser',
          include: ['test/newsroom/**/*.test.ts'],
          globalSetup: ['test/newsroom/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
        },
      },
    ],
  },
})
