import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify'
import { afterAll, beforeAll } from 'vitest'
import type { Role } from '../../../src/domain/roles.js'
import { buildApp } from '../../../src/web/app.js'
import type { TestDb } from '../../support/database.js'
import { useTestDatabase } from '../../support/database.js'
import { systemTestActor as system } from '../../support/make.js'

export interface Caller {
  userId: string
  email: string
  password: string
  role: Role
  token: string
  /** Session cookie header value and CSRF token, after signing in over HTTP. */
  cookie: string
  csrf: string
}

export interface Api {
  db: TestDb
  readonly app: FastifyInstance
  /** app.inject with JSON, optionally as a caller via bearer token or cookie (+CSRF). */
  call(
    options: InjectOptions & { as?: Caller; via?: 'token' | 'cookie'; csrf?: boolean },
  ): Promise<LightMyRequestResponse>
  /** A user of the role, signed in over HTTP, with an API token. */
  user(role: Role): Promise<Caller>
}

let n = 0

/** A test database plus the whole app on it (app.inject: no socket). */
export function useApi(env: Record<string, string> = {}): Api {
  const db = useTestDatabase()
  let app: FastifyInstance | undefined
  beforeAll(async () => {
    if (db.store === undefined) return
    app = await buildApp(db.config(env), db.services, { logger: false })
  })
  afterAll(async () => {
    await app?.close()
  })
  const api: Api = {
    db,
    get app() {
      if (app === undefined) throw new Error('app not built')
      return app
    },
    async call({ as, via = 'token', csrf = true, headers = {}, ...options }) {
      const auth: Record<string, string> = {}
      if (as !== undefined && via === 'token') auth.authorization = `Bearer ${as.token}`
      if (as !== undefined && via === 'cookie') {
        auth.cookie = as.cookie
        if (csrf) auth['x-csrf-token'] = as.csrf
      }
      return api.app.inject({ ...options, headers: { ...auth, ...headers } })
    },
    async user(role) {
      n += 1
      const email = `${role}${n}-${process.pid}@example.com`
      const password = `a-long-password-${n}-${role}`
      const { user } = await db.services.accounts.createUser({
        actor: system,
        email,
        name: `${role} ${n}`,
        role,
        password,
      })
      const { token } = await db.services.accounts.createToken({
        actor: system,
        email,
        name: 'test',
      })
      const res = await api.app.inject({
        method: 'POST',
        url: '/api/v1/session',
        payload: { email, password },
        remoteAddress: `10.9.${n % 250}.1`,
      })
      const set = res.cookies.find((c) => c.name === 'masthead_session')
      if (res.statusCode !== 200 || set === undefined)
        throw new Error(`sign-in failed: ${res.body}`)
      return {
        userId: user.id,
        email,
        password,
        role,
        token,
        cookie: `masthead_session=${set.value}`,
        csrf: res.json<{ csrfToken: string }>().csrfToken,
      }
    },
  }
  return api
}

/** Row counts of the tables a refused request must not touch. */
export async function rowCounts(db: TestDb): Promise<Record<string, number>> {
  const tables = [
    'articles',
    'revisions',
    'corrections',
    'sections',
    'tags',
    'authors',
    'users',
    'api_tokens',
    'redirects',
    'media',
    'settings',
    'account_tokens',
  ] as const
  const out: Record<string, number> = {}
  for (const t of tables) {
    const row = await db.store.db
      .selectFrom(t)
      .select(db.store.db.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
    out[t] = Number(row.n)
  }
  return out
}
