import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { TestContext } from 'vitest'
import { beforeEach } from 'vitest'

/**
 * Test input from public repositories, in two places (see test/fixtures/README.md):
 * - `test/fixtures/<set>/`: sets whose licences allow redistribution, copied into the repository
 *   with their provenance; always present.
 * - `../shared/fixtures/<set>/`, beside the clone: sets without an open licence (Google's sitemap
 *   extension schemas, the WordPress theme unit test data, the article-extraction benchmark's
 *   pages, the seed article). Tests that need them are skipped, saying why, when it is absent.
 */
export const fixturesDir = fileURLToPath(new URL('../fixtures/', import.meta.url))
export const sharedFixturesDir = fileURLToPath(
  new URL('../../../shared/fixtures/', import.meta.url),
)

/** A file of a redistributable set, copied under test/fixtures/. */
export const fixture = (...parts: string[]): string => join(fixturesDir, ...parts)

/** A file of a set that stays outside the repository, under ../shared/fixtures/. */
export const sharedFixture = (...parts: string[]): string => join(sharedFixturesDir, ...parts)

/** Why tests that need `set` from ../shared/fixtures are skipped, or '' when it is there. */
export function sharedMissing(set: string): string {
  if (existsSync(join(sharedFixturesDir, set))) return ''
  return `needs ${join(sharedFixturesDir, set)}, which is not redistributable and absent here (see test/fixtures/README.md)`
}

const told = new Set<string>()

/** Skips the current test, printing why, when `set` is absent from ../shared/fixtures. */
export function skipWithoutShared(ctx: TestContext, set: string): void {
  const reason = sharedMissing(set)
  if (reason === '') return
  const line = `skipped “${ctx.task.name}”: ${reason}`
  if (!told.has(line)) {
    told.add(line)
    console.warn(line)
  }
  ctx.skip(reason)
}

/** In a describe: skips each of its tests, printing why, when `set` is absent. */
export function requireShared(set: string): void {
  beforeEach((ctx) => skipWithoutShared(ctx, set))
}
