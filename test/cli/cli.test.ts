import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it, vi } from 'vitest'
import type { Store } from '../../src/store/index.js'
import { createStore } from '../../src/store/index.js'
import { testDbKind, testFastPaths } from '../support/database.js'
import type { CliResult, FreshDatabase } from './run-cli.js'
import { freshDatabase, runCli } from './run-cli.js'

// Each spawn starts Node and loads the app (a second or more on a busy machine), and the vitest
// projects do not inherit the root timeouts.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 })
const kind = testDbKind()
const unavailable = kind === 'postgres' ? inject('pgUnavailable') : ''

/** A failure as users should see it: exit 1, nothing on stdout, one `masthead: …` line on stderr. */
function expectOneLineFailure(result: CliResult, pattern: RegExp): void {
  expect(result.code).toBe(1)
  expect(result.stdout).toBe('')
  const lines = result.stderr.trimEnd().split('\n')
  expect(lines).toHaveLength(1)
  expect(lines[0]).toMatch(/^masthead: /)
  expect(lines[0]).toMatch(pattern)
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

async function withStore<T>(db: FreshDatabase, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = createStore(db.database, { fastPaths: testFastPaths() })
  try {
    return await fn(store)
  } finally {
    await store.close()
  }
}

/** A fresh database for the tests of one `describe`, dropped afterwards. */
function useFreshDatabase(): { readonly db: FreshDatabase } {
  let db: FreshDatabase | undefined
  beforeEach((ctx) => {
    if (unavailable !== '') ctx.skip(unavailable)
  })
  beforeAll(async () => {
    if (unavailable === '') db = await freshDatabase()
  })
  afterAll(async () => {
    await db?.drop()
  })
  return {
    get db() {
      if (db === undefined) throw new Error('no database')
      return db
    },
  }
}

// Arguments and SQLite files do not depend on the database kind: run them once, in the sqlite project.
describe.runIf(kind === 'sqlite')('masthead arguments', () => {
  it.each([
    [[], 'masthead'],
    [['serve'], 'masthead serve'],
    [['migrate'], 'masthead migrate'],
    [['demo'], 'masthead demo'],
    [['user', 'add'], 'masthead user add'],
    [['token', 'add'], 'masthead token add'],
  ])('%j --help prints the usage of %s', async (args, usage) => {
    const result = await runCli([...args, '--help'])
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    expect(result.stdout.split('\n')[0]).toMatch(new RegExp(`^Usage: ${usage} \\[options\\]`))
  })

  it.each([
    ['an unknown command', ['publish-everything'], /unknown command 'publish-everything'/],
    ['an unknown subcommand', ['user', 'remove'], /unknown command 'remove'/],
    ['an unknown option', ['migrate', '--colour'], /unknown option '--colour'/],
    ['user add without --email', ['user', 'add', '--name', 'N', '--role', 'author'], /--email/],
    [
      'user add with a bad --role',
      ['user', 'add', '--email', 'a@x.example', '--name', 'N', '--role', 'boss'],
      /--role.*boss.*contributor, author, editor, admin/,
    ],
    ['token add without --email', ['token', 'add'], /--email/],
  ])('%s prints one line and exits 1', async (_name, args, pattern) => {
    expectOneLineFailure(await runCli(args), pattern)
  })

  it('reports every configuration problem, one line each, and exits 1', async () => {
    const result = await runCli(['migrate'], { PORT: 'abc', DATABASE_URL: 'mysql://db/news' })
    expect(result.code).toBe(1)
    const lines = result.stderr.trimEnd().split('\n')
    expect(lines).toEqual([
      expect.stringMatching(/^masthead: port “abc”/),
      expect.stringMatching(/^masthead: DATABASE_URL .*mysql:/),
    ])
  })

  describe('a data folder it cannot use', () => {
    let dir = ''
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'masthead-cli-bad-'))
    })
    afterAll(() => rmSync(dir, { recursive: true, force: true }))

    it('a corrupt database file fails migrate with one line naming it', async () => {
      const data = mkdtempSync(join(dir, 'corrupt-'))
      const file = join(data, 'masthead.db')
      writeFileSync(file, Buffer.alloc(64 * 1024, 'not a database, just garbage bytes '))
      const result = await runCli(['migrate', '--data', data])
      expectOneLineFailure(result, new RegExp(`${escape(file)}.*not a database`))
    })

    it('a data folder below a regular file fails migrate with one line naming it', async () => {
      const blocker = join(dir, 'a-file')
      writeFileSync(blocker, 'I am a file, not a folder')
      const data = join(blocker, 'data')
      expectOneLineFailure(await runCli(['migrate', '--data', data]), new RegExp(escape(data)))
    })
  })
})

describe(`masthead on ${kind}`, () => {
  describe('migrate', () => {
    const fresh = useFreshDatabase()

    it('creates the schema and succeeds again when run twice', async () => {
      for (let run = 0; run < 2; run += 1) {
        const result = await runCli(['migrate'], fresh.db.env)
        expect(result).toMatchObject({ code: 0, stderr: '' })
      }
      expect(await withStore(fresh.db, (store) => store.users.count())).toBe(0)
    })
  })

  describe('two migrate processes at once', () => {
    const fresh = useFreshDatabase()

    it('both succeed on a fresh database', async () => {
      const results = await Promise.all([
        runCli(['migrate'], fresh.db.env),
        runCli(['migrate'], fresh.db.env),
      ])
      for (const result of results) expect(result).toMatchObject({ code: 0, stderr: '' })
      expect(await withStore(fresh.db, (store) => store.migrate())).toEqual([])
    })
  })

  describe('report sourcing', () => {
    const fresh = useFreshDatabase()

    it('ranks the published demo stories as JSON and as lines, and refuses a bad --limit', async () => {
      expect(await runCli(['demo'], fresh.db.env)).toMatchObject({ code: 0 })
      const json = await runCli(['report', 'sourcing', '--limit', '3', '--json'], fresh.db.env)
      expect(json).toMatchObject({ code: 0, stderr: '' })
      const { items } = JSON.parse(json.stdout) as {
        items: { path: string; summary: { anonymousOrRelayedShare: number; quotes: number } }[]
      }
      expect(items).toHaveLength(3)
      for (const item of items) expect(item.path).toMatch(/^\//)
      const shares = items.map((i) => i.summary.anonymousOrRelayedShare)
      expect([...shares].sort((a, b) => b - a)).toEqual(shares)
      const text = await runCli(['report', 'sourcing', '--limit', '2'], fresh.db.env)
      expect(text.stdout.trimEnd().split('\n')).toHaveLength(3)
      const bad = await runCli(['report', 'sourcing', '--limit', '0'], fresh.db.env)
      expect(bad.code).toBe(1)
      expect(bad.stderr).toMatch(/^masthead: .*--limit/)
    })
  })

  describe('user add and token add', () => {
    const fresh = useFreshDatabase()
    const email = 'reporter@courier.example'
    const addUser = (address: string, role: string, password: string): Promise<CliResult> =>
      runCli(
        ['user', 'add', '--email', address, '--name', 'Rita Reporter', '--role', role].concat([
          '--password',
          password,
        ]),
        fresh.db.env,
      )

    it('creates an account with a hashed password and a byline', async () => {
      const result = await addUser(email, 'author', 'a long and unusual passphrase')
      expect(result).toMatchObject({ code: 0, stderr: '' })
      expect(result.stdout).toContain(email)
      const user = await withStore(fresh.db, (store) => store.users.findByEmail(email))
      expect(user).toMatchObject({ email, role: 'author', name: 'Rita Reporter' })
      expect(user?.passwordHash).toMatch(/^\$argon2id\$/)
      const authors = await withStore(fresh.db, (store) => store.authors.list())
      expect(authors).toEqual([expect.objectContaining({ userId: user?.id, isWire: false })])
    })

    it('prints a one-time password the account must change, and gives an admin a byline', async () => {
      const address = 'chief@courier.example'
      const result = await runCli(
        ['user', 'add', '--email', address, '--name', 'Chief Editor', '--role', 'admin'],
        fresh.db.env,
      )
      expect(result).toMatchObject({ code: 0, stderr: '' })
      const password = /with password (\S+)/.exec(result.stdout)?.[1]
      expect(password).toMatch(/^.{20}$/)
      const user = await withStore(fresh.db, (store) => store.users.findByEmail(address))
      expect(user).toMatchObject({ role: 'admin', mustChangePassword: true })
      const authors = await withStore(fresh.db, (store) => store.authors.list())
      expect(authors).toContainEqual(
        expect.objectContaining({ userId: user?.id, name: 'Chief Editor' }),
      )
      const chosen = await withStore(fresh.db, (store) => store.users.findByEmail(email))
      expect(chosen?.mustChangePassword).toBe(false)
    })

    it.each([
      ['a duplicate e-mail', email, 'another long passphrase', /already exists/],
      ['a too-short password', 'new1@courier.example', 'short1', /password.*at least 10/],
      ['a common password', 'new2@courier.example', 'password123', /password.*common/],
    ])('refuses %s with one line', async (_name, address, password, pattern) => {
      const result = await addUser(address, 'editor', password)
      expectOneLineFailure(result, pattern)
    })

    it('token add prints only the token, and stores only its hash', async () => {
      const result = await runCli(['token', 'add', '--email', email], fresh.db.env)
      expect(result).toMatchObject({ code: 0, stderr: '' })
      expect(result.stdout).toMatch(/^mh_[A-Za-z0-9_-]{43}\n$/)
      const token = result.stdout.trim()
      const rows = await withStore(fresh.db, (store) =>
        store.db.selectFrom('api_tokens').selectAll().execute(),
      )
      expect(rows).toHaveLength(1)
      expect(rows[0]?.token_hash).toBe(createHash('sha256').update(token).digest('hex'))
      expect(JSON.stringify(rows)).not.toContain(token)
      expect(JSON.stringify(rows)).not.toContain(token.slice(3))
    })

    it('token add for an unknown e-mail fails with one line', async () => {
      const result = await runCli(['token', 'add', '--email', 'nobody@x.example'], fresh.db.env)
      expectOneLineFailure(result, /nobody@x\.example/)
    })
  })

  describe('demo', () => {
    const fresh = useFreshDatabase()

    it('loads the demo publication into an empty database, then refuses', async () => {
      const result = await runCli(['demo'], fresh.db.env)
      expect(result).toMatchObject({ code: 0, stderr: '' })
      const { counts, sections, authors } = await withStore(fresh.db, async (store) => ({
        counts: await store.articles.countByStatus(),
        sections: await store.sections.list(),
        authors: await store.authors.list(),
      }))
      expect(counts.published).toBeGreaterThanOrEqual(40)
      expect(counts).toMatchObject({ draft: 2, scheduled: 1, in_review: 1 })
      expect(sections.length).toBeGreaterThanOrEqual(6)
      expect(sections.filter((s) => s.parentId !== null).length).toBeGreaterThan(0)
      // The demo's four bylines, its sponsored-content studio and the first admin's own.
      expect(authors).toHaveLength(6)
      expect(authors).toContainEqual(expect.objectContaining({ name: 'Newsroom Staff' }))
      const wire = authors.filter((a) => a.isWire)
      expect(wire).toEqual([expect.objectContaining({ userId: null })])
      // Every newsroom byline has an account; the wire and the commercial studio have none.
      const staff = authors.filter((a) => !a.isWire && a.name !== 'Courier Studio')
      expect(staff.every((a) => a.userId !== null)).toBe(true)

      expectOneLineFailure(await runCli(['demo'], fresh.db.env), /already has articles/)
    }, 300_000)
  })
})
