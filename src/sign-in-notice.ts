/**
 * What `masthead serve` says about signing in, on every start. The first admin's generated
 * one-time password is kept in the data folder (readable by its owner only) so that each start
 * can say it again while it still works; once it has been changed, the file is removed and a
 * start names only the newsroom's address.
 * @module
 */
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Config } from './config.js'
import type { Services } from './services/index.js'

const fileName = 'first-sign-in.json'

interface Kept {
  email: string
  password: string
}

/** Keeps the first admin's one-time password until it is changed (mode 0600). */
export function keepOneTimePassword(config: Config, kept: Kept): void {
  mkdirSync(config.dataDir, { recursive: true })
  const file = join(config.dataDir, fileName)
  writeFileSync(file, `${JSON.stringify(kept)}\n`, { mode: 0o600 })
  chmodSync(file, 0o600)
}

function readKept(config: Config): Kept | null {
  try {
    const value = JSON.parse(readFileSync(join(config.dataDir, fileName), 'utf8')) as unknown
    const { email, password } = (value ?? {}) as Partial<Kept>
    return typeof email === 'string' && typeof password === 'string' ? { email, password } : null
  } catch {
    return null
  }
}

/** The lines that tell how to sign in with a one-time password, as the first start prints them. */
export function oneTimeSignIn(kept: Kept, newsroomUrl?: string): string[] {
  return [
    `Sign in${newsroomUrl !== undefined ? ` at ${newsroomUrl}` : ''} as ${kept.email} with the one-time password ${kept.password}`,
    'You choose your own password at the first sign-in; until then every start repeats this one.',
  ]
}

/**
 * The lines a start ends with: where the newsroom is and, while the first admin has not yet
 * replaced the one-time password, the credentials. A kept password that no longer works (it
 * was changed, or the account is gone) is forgotten.
 */
export async function signInNotice(
  config: Config,
  services: Services,
  siteUrl: string,
): Promise<string[]> {
  const newsroomUrl = `${siteUrl}/newsroom/`
  const kept = readKept(config)
  if (kept !== null) {
    if (await services.accounts.oneTimePasswordHolds({ ...kept }))
      return oneTimeSignIn(kept, newsroomUrl)
    rmSync(join(config.dataDir, fileName), { force: true })
  }
  return [`The newsroom is at ${newsroomUrl}`]
}
