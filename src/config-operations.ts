import type { Env } from './config.js'

/** What an operator runs the server with: metrics, request ids in the database, shutdown. */
export interface OperationsConfig {
  /**
   * The bearer token `GET /metrics` asks for (MASTHEAD_METRICS_TOKEN, at least 16 characters);
   * null: metrics are off and `/metrics` answers 404.
   */
  readonly metricsToken: string | null
  /**
   * Whether each request's id becomes PostgreSQL's `application_name` inside the transactions it
   * runs (MASTHEAD_DB_REQUEST_IDS=on; off by default: one more statement per transaction).
   */
  readonly databaseRequestIds: boolean
  /** How long a stopping server lets requests in flight finish (MASTHEAD_SHUTDOWN_GRACE_S, 25). */
  readonly shutdownGraceMs: number
}

const onOff = (name: string, value: string | undefined, problems: string[]): boolean => {
  if (value === undefined || value === 'off') return false
  if (value === 'on') return true
  problems.push(`${name} must be on or off, not “${value}”`)
  return false
}

/** Reads the operations settings from an environment whose empty variables are removed. */
export function readOperations(env: Env, problems: string[]): OperationsConfig {
  const token = env.MASTHEAD_METRICS_TOKEN ?? null
  // A header value cannot carry every character; a short token could be guessed.
  if (token !== null && !/^[\x21-\x7e]{16,256}$/.test(token))
    problems.push('MASTHEAD_METRICS_TOKEN must be 16 to 256 visible ASCII characters, no spaces')
  const grace = Number(env.MASTHEAD_SHUTDOWN_GRACE_S ?? '25')
  if (!Number.isInteger(grace) || grace < 0 || grace > 3600)
    problems.push('MASTHEAD_SHUTDOWN_GRACE_S must be a whole number of seconds from 0 to 3600')
  return Object.freeze({
    metricsToken: token,
    databaseRequestIds: onOff('MASTHEAD_DB_REQUEST_IDS', env.MASTHEAD_DB_REQUEST_IDS, problems),
    shutdownGraceMs: grace * 1000,
  })
}
