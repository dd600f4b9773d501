import type SqliteDatabase from 'better-sqlite3'

/** How often the database is asked whether another connection committed. */
const foreignWriteCheckMs = 200

/**
 * Tells listeners when another connection (another process: a CLI import, a second server, a
 * script) has committed to the database since the last check. SQLite's `PRAGMA data_version`
 * changes for commits by other connections only, never for this connection's own, and costs one
 * read of a counter in shared memory; it is read every 200 ms while someone listens, on a timer
 * that keeps no process alive, so requests pay nothing for it.
 */
export function foreignWrites(raw: SqliteDatabase.Database) {
  const listeners = new Set<() => void>()
  const version = raw.prepare('PRAGMA data_version').pluck()
  let last: unknown = null
  let timer: NodeJS.Timeout | undefined
  const check = (): void => {
    if (!raw.open) return stop()
    const now = version.get()
    if (last !== null && now !== last) for (const listener of listeners) listener()
    last = now
  }
  const stop = (): void => {
    clearInterval(timer)
    timer = undefined
  }
  return {
    watch(listener: () => void): () => void {
      listeners.add(listener)
      if (timer === undefined) {
        last = version.get()
        timer = setInterval(check, foreignWriteCheckMs)
        timer.unref()
      }
      return () => {
        listeners.delete(listener)
        if (listeners.size === 0) stop()
      }
    },
    stop,
  }
}
