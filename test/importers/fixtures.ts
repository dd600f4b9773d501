import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The shared fixtures folder, beside the repository root (`../shared/fixtures`). */
export const fixturesDir = resolve(
  join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'fixtures'),
)
export const fixture = (...parts: string[]): string => join(fixturesDir, ...parts)
export const hasFixtures = existsSync(fixturesDir)
