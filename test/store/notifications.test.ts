import pg from 'pg'
import { describe, expect, it } from 'vitest'
import { postgresNotifications } from '../../src/store/notifications.js'
import { useTestDatabase } from '../support/database.js'

describe.runIf(process.env.MASTHEAD_TEST_DB === 'postgres')(
  'LISTEN/NOTIFY between processes',
  () => {
    const db = useTestDatabase()
    const url = () => (db.database.kind === 'postgres' ? db.database.url : '')

    /** Runs `fn` on a connection of its own to the test database. */
    async function withClient<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
      const client = new pg.Client({ connectionString: url() })
      await client.connect()
      try {
        return await fn(client)
      } finally {
        await client.end()
      }
    }

    async function until(done: () => boolean, what: string): Promise<void> {
      for (let i = 0; i < 200 && !done(); i += 1)
        await new Promise((resolve) => setTimeout(resolve, 25))
      if (!done()) throw new Error(`gave up waiting for ${what}`)
    }

    it('reports a gap when the listening connection is cut and again once it listens anew, then delivers', async () => {
      const channel = 'test_gap_reconnect'
      const publish = (to: string, payload: string) =>
        withClient(async (c) => {
          await c.query('SELECT pg_notify($1, $2)', [to, payload])
        })
      const notifications = postgresNotifications(url(), publish)
      const received: string[] = []
      const events: string[] = []
      const stop = await notifications.subscribe(
        channel,
        (payload) => {
          received.push(payload)
          events.push(`message ${payload}`)
        },
        () => events.push('gap'),
      )
      try {
        await notifications.publish(channel, 'before')
        await until(() => received.includes('before'), 'the first message')
        // What a restarted server or a dropped network does to the listening connection.
        const cut = await withClient(async (c) => {
          const result = await c.query(
            `SELECT pg_terminate_backend(pid) AS done FROM pg_stat_activity
           WHERE datname = current_database() AND query = $1`,
            [`LISTEN ${channel}`],
          )
          return result.rowCount
        })
        expect(cut).toBe(1)
        await until(() => events.filter((e) => e === 'gap').length === 2, 'the second gap')
        await notifications.publish(channel, 'after')
        await until(() => received.includes('after'), 'a message after reconnecting')
        // Dropped once when the cut was seen, and once more when LISTEN worked again, before any
        // message could arrive on the new connection.
        expect(events).toEqual(['message before', 'gap', 'gap', 'message after'])
      } finally {
        await stop()
      }
    })
  },
)
