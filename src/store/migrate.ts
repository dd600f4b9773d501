import type { Migration, MigrationProvider } from 'kysely'
import { Migrator } from 'kysely'
import { DatabaseUnavailableError } from '../domain/errors.js'
import type { Dialect } from './dialects/dialect.js'
import { StoreOpenError } from './errors.js'
import { contentModel } from './migrations/001-content-model.js'
import { accounts } from './migrations/002-accounts.js'
import { imports } from './migrations/003-imports.js'
import { articleFeed } from './migrations/005-article-feed.js'
import { searchLookup } from './migrations/006-search-lookup.js'
import { articleRefs } from './migrations/007-article-refs.js'
import { listingIndexes } from './migrations/008-listing-indexes.js'
import { passwordChange } from './migrations/009-password-change.js'
import { editorialNotes } from './migrations/010-editorial-notes.js'
import { storyTools } from './migrations/011-story-tools.js'
import { attribution } from './migrations/012-attribution.js'
import { curation } from './migrations/015-curation.js'
import { trustLabels } from './migrations/014-trust-labels.js'
import { datePrecision } from './migrations/017-date-precision.js'
import { attributionSuggestions } from './migrations/013-attribution-suggestions.js'

/** Numbered, forward-only migrations, each written for both dialects. */
function migrations(dialect: Dialect): Record<string, Migration> {
  return {
    '001-content-model': contentModel(dialect),
    '002-accounts': accounts(dialect),
    '003-imports': imports(dialect),
    '005-article-feed': articleFeed(dialect),
    '006-search-lookup': searchLookup(dialect),
    '007-article-refs': articleRefs(dialect),
    '008-listing-indexes': listingIndexes(),
    '009-password-change': passwordChange(),
    '010-editorial-notes': editorialNotes(dialect),
    '011-story-tools': storyTools(dialect),
    '012-attribution': attribution(dialect),
    '013-attribution-suggestions': attributionSuggestions(dialect),
    '014-trust-labels': trustLabels(),
    '015-curation': curation(dialect),
    '017-date-precision': datePrecision(),
  }
}

/**
 * Brings the schema up to date. Safe to run twice and from two processes at once: Kysely's
 * migrator takes a lock (an advisory lock on PostgreSQL, the write lock on SQLite) and skips
 * migrations already recorded; a SQLite writer that loses the race retries after the winner.
 */
export async function migrateToLatest(dialect: Dialect): Promise<string[]> {
  const provider: MigrationProvider = { getMigrations: () => Promise.resolve(migrations(dialect)) }
  // Unordered: a migration merged later with a lower number still runs on databases that have the higher one.
  const migrator = new Migrator({ db: dialect.db, provider, allowUnorderedMigrations: true })
  for (let attempt = 1; ; attempt += 1) {
    const { error, results } = await migrator.migrateToLatest()
    if (error === undefined)
      return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName)
    if (attempt < 6 && isBusy(error)) {
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt))
      continue
    }
    throw new StoreOpenError(
      `Database migration failed: ${error instanceof Error ? error.message : JSON.stringify(error)}`,
      { cause: error },
    )
  }
}

function isBusy(error: unknown): boolean {
  if (error instanceof DatabaseUnavailableError) return isBusy(error.cause)
  if (!(error instanceof Error)) return false
  const code = 'code' in error ? String(error.code) : ''
  // SQLITE_BUSY*: another process holds the write lock; 23505/42P07 (and SQLite's constraint on
  // the migrations table): the other process created or recorded it first.
  return (
    code.startsWith('SQLITE_BUSY') ||
    code === '23505' ||
    code === '42P07' ||
    // SQLite: the other process recorded the same migration first.
    (code.startsWith('SQLITE_CONSTRAINT') && /kysely_migration/.test(error.message)) ||
    /already exists/.test(error.message)
  )
}
