import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest'
import { testDbKind } from '../support/database.js'
import type { FreshDatabase } from './run-cli.js'
import { freshDatabase, runCli } from './run-cli.js'
import type { ServeProcess } from './serve-process.js'
import { startServe } from './serve-process.js'

vi.setConfig({ testTimeout: 120_000, hookTimeout: 60_000 })

const admin = { email: 'outage@example.com', password: 'a long enough password 1' }

/** One answer to a write: its status, and the problem code and Retry-After of a failure. */
interface Answer {
  status: number
  code?: string
  retryAfter?: string | null
  type?: string | null
}

const withoutBody = ({ json: _json, ...answer }: Answer & { json: unknown }): Answer => answer

/**
 * PostgreSQL restarted, failed over, or a network fault cut the app's connections while they were
 * in use. Each request in flight fails with a 503 `database-unavailable`; the process keeps serving
 * and every write it acknowledged is in the database afterwards.
 */
describe.runIf(testDbKind() === 'postgres')('a PostgreSQL connection cut mid-transaction', () => {
  let db: FreshDatabase | undefined
  let server: ServeProcess | undefined
  let token = ''
  const unavailable = testDbKind() === 'postgres' ? inject('pgUnavailable') : ''

  beforeAll(async () => {
    if (unavailable !== '') return
    db = await freshDatabase()
    server = await startServe({
      ...db.env,
      MASTHEAD_DEMO: '0',
      MASTHEAD_ADMIN_EMAIL: admin.email,
      MASTHEAD_ADMIN_PASSWORD: admin.password,
    })
    const added = await runCli(['token', 'add', '--email', admin.email], db.env)
    expect(added.stderr).toBe('')
    token = added.stdout.trim()
  })
  afterAll(async () => {
    await server?.stop()
    await db?.drop()
  })

  const url = (): string => (db?.database.kind === 'postgres' ? db.database.url : '')

  async function send(path: string, body: unknown): Promise<Answer & { json: unknown }> {
    if (server === undefined) throw new Error('no server')
    try {
      const response = await fetch(`${server.url}/api/v1${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })
      const json = (await response.json()) as { code?: string }
      return {
        status: response.status,
        json,
        ...(response.status >= 300
          ? {
              code: json.code ?? '',
              retryAfter: response.headers.get('retry-after'),
              type: response.headers.get('content-type'),
            }
          : {}),
      }
    } catch (error) {
      // The process is gone (or hung up): what the defect looked like.
      return { status: 0, json: null, code: error instanceof Error ? error.message : String(error) }
    }
  }

  it('fails the requests in flight with 503, keeps serving, and loses no acknowledged write', async (ctx) => {
    if (unavailable !== '') ctx.skip(unavailable)
    const killer = new pg.Client({ connectionString: url() })
    await killer.connect()
    const answers: Answer[] = []
    const created = new Set<string>()
    const published = new Set<string>()
    let kills = 0
    let writing = true
    const started = Date.now()
    // Bounded in count and in time: enough cuts to hit transactions at every step, no more.
    const done = () =>
      answers.length >= 600 ||
      (kills >= 10 && published.size >= 10) ||
      Date.now() - started > 45_000
    const writer = async (n: number): Promise<void> => {
      for (let i = 0; !done(); i += 1) {
        const made = await send('/articles', { headline: `Outage story ${n}-${i}` })
        answers.push(withoutBody(made))
        const id = (made.json as { id?: string } | null)?.id
        if (made.status !== 201 || id === undefined) continue
        created.add(id)
        const publish = await send(`/articles/${id}/publish`, {})
        answers.push(withoutBody(publish))
        if (publish.status === 200) published.add(id)
      }
    }
    // Public pages too (each search a cache miss): the theme's error page, 503, Retry-After.
    const pages: Answer[] = []
    const reader = async (): Promise<void> => {
      for (let i = 0; !done(); i += 1) {
        const res = await fetch(`${server?.url ?? ''}/search?q=outage${i}`).catch(() => null)
        await res?.arrayBuffer()
        pages.push(
          res === null
            ? { status: 0 }
            : res.status === 200
              ? { status: 200 }
              : {
                  status: res.status,
                  retryAfter: res.headers.get('retry-after'),
                  type: res.headers.get('content-type'),
                },
        )
      }
    }
    const cutter = async (): Promise<void> => {
      while (writing && !done()) {
        // Only connections in use: a query running, or a transaction open between two queries.
        const cut = await killer.query(
          `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
           WHERE datname = current_database() AND pid <> pg_backend_pid()
             AND state IN ('active', 'idle in transaction')`,
        )
        kills += cut.rowCount ?? 0
        await new Promise((resolve) => setTimeout(resolve, 250 + Math.random() * 250))
      }
    }
    try {
      const cutting = cutter()
      await Promise.all([...[1, 2, 3, 4].map((n) => writer(n)), reader()])
      writing = false
      await cutting
    } finally {
      await killer.end()
    }

    console.info(
      `${answers.length} writes, ${kills} busy connections cut, ${answers.length - answers.filter((a) => a.status === 200 || a.status === 201).length} answered 503, ${published.size} stories created and published, ${pages.filter((p) => p.status === 503).length} of ${pages.length} searches answered 503`,
    )
    expect(server?.isRunning(), server?.output()).toBe(true)
    expect(kills).toBeGreaterThan(0)
    const failures = answers.filter((a) => a.status !== 200 && a.status !== 201)
    expect(failures.length).toBeGreaterThan(0)
    for (const failure of failures)
      expect(failure).toEqual({
        status: 503,
        code: 'database-unavailable',
        retryAfter: expect.stringMatching(/^\d+$/) as unknown,
        type: expect.stringMatching(/^application\/problem\+json/) as unknown,
      })

    for (const page of pages.filter((p) => p.status !== 200))
      expect(page).toEqual({
        status: 503,
        retryAfter: expect.stringMatching(/^\d+$/) as unknown,
        type: expect.stringMatching(/^text\/html/) as unknown,
      })

    // Still serving, with fresh connections.
    const health = await fetch(`${server?.url ?? ''}/healthz`)
    expect(health.status).toBe(200)

    const check = new pg.Client({ connectionString: url() })
    await check.connect()
    try {
      const rows = await check.query<{ id: string; status: string }>(
        'SELECT id, status FROM articles WHERE id = ANY($1)',
        [[...created]],
      )
      const statusOf = new Map(rows.rows.map((r) => [r.id, r.status]))
      expect([...created].filter((id) => !statusOf.has(id))).toEqual([])
      expect([...published].filter((id) => statusOf.get(id) !== 'published')).toEqual([])
    } finally {
      await check.end()
    }
  })
})
