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
}

const channelPattern = /^[a-z_][a-z0-9_]{0,62}$/

/** LISTEN on a dedicated connection (a pooled one may be handed to someone else). */
export function postgresNotifications(
  url: string,
  publish: (channel: string, payload: string) => Promise<void>,
): Notifications {
  return {
    publish,
    async subscribe(channel, onMessage, onGap) {
      if (!channelPattern.test(channel)) throw new Error(`Invalid channel name: ${channel}`)
      let client: pg.Client | null = null
      let stopped = false
      let retry: NodeJS.Timeout | undefined
      const connect = async (): Promise<void> => {
        const { Client } = pgModule()
        const next = new Client({ connectionString: url })
        next.on('notification', (msg) => {
          if (msg.channel === channel && msg.payload !== undefined) onMessage(msg.payload)
        })
        const lost = (): void => {
          if (stopped || client !== next) return
          client = null
          onGap()
          retry = setTimeout(() => void connect().catch(lost), 1000)
          retry.unref()
        }
        next.on('error', lost)
        next.on('end', lost)
        client = next
        await next.connect()
        await next.query(`LISTEN ${channel}`)
      }
      await connect()
      return async () => {
        stopped = true
        clearTimeout(retry)
        await client?.end().catch(() => undefined)
      }
    },
  }
}
