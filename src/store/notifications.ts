import type pg from 'pg'
import { pgModule } from './pg-module.js'

/** Messages between processes sharing one database (PostgreSQL LISTEN/NOTIFY). */
export interface Notifications {
  publish(channel: string, payload: string): Promise<void>
  /**
   * Calls `onMessage` for each message on the channel. `onGap` is called whenever messages may
   * have been missed (the connection dropped); the listener reconnects by itself. Returns `stop`.
   */
  subscribe(
    channel: string,
    onMessage: (payload: string) => void,
    onGap: () => void,
  ): Promise<() => Promise<void>>
  /** How many subscriptions there are, and how many of them are listening right now. */
  state(): { subscribed: number; listening: number }
}

const channelPattern = /^[a-z_][a-z0-9_]{0,62}$/

/** How often the listening connection is checked, and how long the check may take. */
const heartbeat = { everyMs: 15_000, timeoutMs: 5_000 }

/**
 * LISTEN on a dedicated connection (a pooled one may be handed to someone else).
 *
 * Messages are lost while the connection is down, so `onGap` is called when the drop is seen (so
 * nothing cached before it is served again), after every failed attempt to reconnect (one a
 * second: while no message can arrive, nothing stays cached for longer than that), and once
 * LISTEN works again (what was cached meanwhile is dropped too). A connection can also die
 * without a word (a firewall or NAT forgetting it): TCP keep-alive is on, and a `SELECT 1` every
 * 15 seconds that fails or takes over 5 seconds counts as a drop. Connecting and every query are
 * bounded by the same 5 seconds, so a proxy that accepts a connection and never answers counts
 * as a failed attempt instead of a wait without end.
 */
export function postgresNotifications(
  url: string,
  publish: (channel: string, payload: string) => Promise<void>,
): Notifications {
  const subscriptions = new Map<symbol, boolean>()
  return {
    publish,
    state: () => ({
      subscribed: subscriptions.size,
      listening: [...subscriptions.values()].filter(Boolean).length,
    }),
    async subscribe(channel, onMessage, onGap) {
      if (!channelPattern.test(channel)) throw new Error(`Invalid channel name: ${channel}`)
      const id = Symbol(channel)
      let client: pg.Client | null = null
      let stopped = false
      let retry: NodeJS.Timeout | undefined
      let check: NodeJS.Timeout | undefined
      const connect = async (afterGap: boolean): Promise<void> => {
        const { Client } = pgModule()
        const next = new Client({
          connectionString: url,
          keepAlive: true,
          keepAliveInitialDelayMillis: 10_000,
          connectionTimeoutMillis: heartbeat.timeoutMs,
          query_timeout: heartbeat.timeoutMs,
        })
        next.on('notification', (msg) => {
          if (msg.channel === channel && msg.payload !== undefined) onMessage(msg.payload)
        })
        const lost = (): void => {
          if (stopped || client !== next) return
          client = null
          subscriptions.set(id, false)
          clearInterval(check)
          onGap()
          void next.end().catch(() => undefined)
          retry = setTimeout(() => void connect(true), 1000)
          retry.unref()
        }
        next.on('error', lost)
        next.on('end', lost)
        client = next
        try {
          await next.connect()
          await next.query(`LISTEN ${channel}`)
        } catch (error) {
          // A reconnection that fails is tried again a second later; the first one fails the start.
          if (afterGap) return lost()
          stopped = true
          clearTimeout(retry)
          void next.end().catch(() => undefined)
          throw error
        }
        if (stopped || client !== next) return
        subscriptions.set(id, true)
        if (afterGap) onGap()
        // A failure or no answer within query_timeout rejects, and counts as a drop.
        check = setInterval(() => void next.query('SELECT 1').catch(lost), heartbeat.everyMs)
        check.unref()
      }
      await connect(false)
      return async () => {
        stopped = true
        subscriptions.delete(id)
        clearTimeout(retry)
        clearInterval(check)
        await client?.end().catch(() => undefined)
      }
    },
  }
}
