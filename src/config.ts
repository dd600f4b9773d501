import { readFileSync } from 'node:fs'
import { isIP } from 'node:net'
import { isAbsolute, join, resolve } from 'node:path'
import type { OperationsConfig } from './config-operations.js'
import { readOperations } from './config-operations.js'
import type { S3Settings } from './store/files-s3.js'
import type { DatabaseConfig } from './store/index.js'

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent'

/** Everything Masthead reads from its environment and flags, resolved once and frozen. */
export interface Config {
  readonly host: string
  readonly port: number
  readonly dataDir: string
  readonly database: DatabaseConfig
  /** Canonical origin (no trailing slash), or null to use the request's host. */
  readonly publicUrl: string | null
  readonly demo: boolean
  readonly adminEmail: string | null
  readonly adminPassword: string | null
  /** The first admin's name, which is also their byline ("By Newsroom Staff"). */
  readonly adminName: string
  readonly logLevel: LogLevel
  readonly schedulerIntervalMs: number
  /** SMTP server for account mail (smtp:// or smtps:// URL), or null to log links instead. */
  readonly smtpUrl: string | null
  readonly mailFrom: string
  readonly version: string
  readonly media: MediaConfig
  readonly cache: CacheConfig
  readonly http: HttpConfig
  readonly operations: OperationsConfig
  /**
   * Whether the measured fast paths run (MASTHEAD_FAST_PATHS, `on` by default; `off` falls back
   * to plain Kysely, preact-render-to-string and Fastify for every request). See
   * docs/performance.md.
   */
  readonly fastPaths: boolean
}

export interface HttpConfig {
  /**
   * Proxies whose X-Forwarded-For/-Proto headers are believed (MASTHEAD_TRUST_PROXY: addresses,
   * CIDRs, or `loopback`, `linklocal`, `uniquelocal`); empty: none, the socket's address counts.
   */
  readonly trustProxy: readonly string[]
  /** Longest wait for a request's headers (20 s, or the request timeout when shorter). */
  readonly headersTimeoutMs: number
  /** Longest wait for a whole request, body included (MASTHEAD_REQUEST_TIMEOUT_S, default 300). */
  readonly requestTimeoutMs: number
  /** Longest silence on a connection while a request or answer is under way (fixed: 60 s). */
  readonly idleTimeoutMs: number
  /** How long an idle keep-alive connection stays open (MASTHEAD_KEEPALIVE_TIMEOUT_S, 72). */
  readonly keepAliveTimeoutMs: number
}

export interface CacheConfig {
  /** Memory for rendered public responses (MASTHEAD_CACHE_MB, default 64; 0 turns the cache off). */
  readonly maxBytes: number
  /** Called with POST and the changed surrogate keys after every invalidation (a CDN purge hook). */
  readonly purgeUrl: string | null
}

export interface MediaConfig {
  /** Largest accepted upload in bytes (MASTHEAD_MEDIA_MAX_MB, default 25). */
  readonly maxUploadBytes: number
  /** Where originals and variants live: the data folder, or an S3-compatible bucket. */
  readonly storage: { readonly kind: 'local' } | ({ readonly kind: 's3' } & Readonly<S3Settings>)
}

export type Env = Readonly<Record<string, string | undefined>>

/** The process environment; only this module reads it. */
export const processEnv = (): Env => process.env

export interface Flags {
  port?: string
  host?: string
  data?: string
}

/** Problems with the configuration, all at once; the CLI prints one per line and exits 1. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
  }
}

/** The first admin's name when MASTHEAD_ADMIN_NAME is unset: it reads well as a byline. */
const defaultAdminName = 'Newsroom Staff'

const logLevels: readonly LogLevel[] = [
  'fatal',
  'error',
  'warn',
  'info',
  'debug',
  'trace',
  'silent',
]

function readPort(value: string, problems: string[]): number {
  const port = Number(value)
  if (!/^\d+$/.test(value) || port < 0 || port > 65535)
    problems.push(`port “${value}” is not a number from 0 to 65535`)
  return port
}

function readDatabase(
  url: string | undefined,
  dataDir: string,
  problems: string[],
): DatabaseConfig {
  if (url === undefined || url === '') return { kind: 'sqlite', file: join(dataDir, 'masthead.db') }
  if (/^postgres(ql)?:\/\//.test(url)) return { kind: 'postgres', url }
  if (url.startsWith('sqlite:')) {
    const file = url.replace(/^sqlite:(\/\/)?/, '')
    if (file === '') problems.push('DATABASE_URL “sqlite:” names no file')
    return { kind: 'sqlite', file: file === ':memory:' ? file : resolve(file) }
  }
  if (/^[a-z]+:\/\//i.test(url))
    problems.push(
      `DATABASE_URL must be a postgres:// URL, a sqlite: URL or a file path, not “${url.split(':')[0] ?? ''}:”`,
    )
  return { kind: 'sqlite', file: isAbsolute(url) ? url : resolve(url) }
}

function readPublicUrl(value: string | undefined, problems: string[]): string | null {
  if (value === undefined || value === '') return null
  try {
    const url = new URL(value)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('protocol')
    return url.origin
  } catch {
    problems.push(
      `MASTHEAD_PUBLIC_URL “${value}” is not an http(s) origin such as https://news.example.com`,
    )
    return null
  }
}

const proxyKeywords = ['loopback', 'linklocal', 'uniquelocal']

/** A comma-separated list of proxy addresses, CIDRs and proxy-addr's keywords, each checked. */
function readTrustProxy(value: string | undefined, problems: string[]): readonly string[] {
  if (value === undefined) return Object.freeze([])
  const entries = value
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
  for (const entry of entries) {
    if (proxyKeywords.includes(entry)) continue
    const [address = '', bits, ...rest] = entry.split('/')
    const family = isIP(address)
    const maxBits = family === 6 ? 128 : 32
    const isBitsValid = bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= maxBits)
    if (family === 0 || rest.length > 0 || !isBitsValid)
      problems.push(
        `MASTHEAD_TRUST_PROXY “${entry}” is not an IP address, a CIDR such as 10.0.0.0/8, or one of ${proxyKeywords.join(', ')}`,
      )
  }
  return Object.freeze(entries)
}

function readHttp(env: Env, problems: string[]): HttpConfig {
  const seconds = Number(env.MASTHEAD_REQUEST_TIMEOUT_S ?? '300')
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > 3600)
    problems.push('MASTHEAD_REQUEST_TIMEOUT_S must be a whole number of seconds from 1 to 3600')
  const keepAlive = Number(env.MASTHEAD_KEEPALIVE_TIMEOUT_S ?? '72')
  if (!Number.isInteger(keepAlive) || keepAlive < 1 || keepAlive > 3600)
    problems.push('MASTHEAD_KEEPALIVE_TIMEOUT_S must be a whole number of seconds from 1 to 3600')
  return Object.freeze({
    trustProxy: readTrustProxy(env.MASTHEAD_TRUST_PROXY, problems),
    // Node refuses a header wait longer than the whole request's.
    headersTimeoutMs: Math.min(20_000, seconds * 1000),
    requestTimeoutMs: seconds * 1000,
    idleTimeoutMs: 60_000,
    keepAliveTimeoutMs: keepAlive * 1000,
  })
}

function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      version?: string
    }
    return pkg.version ?? '0.0.0'
  } catch {
    return '0.0.0'
  }
}

function readMedia(env: Env, problems: string[]): MediaConfig {
  const mb = Number(env.MASTHEAD_MEDIA_MAX_MB ?? '25')
  if (!Number.isFinite(mb) || mb <= 0 || mb > 1024)
    problems.push('MASTHEAD_MEDIA_MAX_MB must be a number of megabytes from 1 to 1024')
  const maxUploadBytes = Math.round(mb * 1024 * 1024)
  const bucket = env.MASTHEAD_S3_BUCKET
  if (bucket === undefined || bucket === '') return { maxUploadBytes, storage: { kind: 'local' } }
  const endpoint = env.MASTHEAD_S3_ENDPOINT ?? null
  if (endpoint !== null && !/^https?:\/\//.test(endpoint))
    problems.push('MASTHEAD_S3_ENDPOINT must be an http(s) URL')
  const accessKeyId = env.MASTHEAD_S3_ACCESS_KEY_ID ?? null
  const secretAccessKey = env.MASTHEAD_S3_SECRET_ACCESS_KEY ?? null
  if ((accessKeyId === null) !== (secretAccessKey === null))
    problems.push(
      'set both MASTHEAD_S3_ACCESS_KEY_ID and MASTHEAD_S3_SECRET_ACCESS_KEY, or neither',
    )
  const prefix = env.MASTHEAD_S3_PREFIX ?? ''
  return {
    maxUploadBytes,
    storage: {
      kind: 's3',
      bucket,
      region: env.MASTHEAD_S3_REGION ?? 'us-east-1',
      endpoint,
      accessKeyId,
      secretAccessKey,
      forcePathStyle: (env.MASTHEAD_S3_FORCE_PATH_STYLE ?? (endpoint !== null ? '1' : '0')) !== '0',
      prefix: prefix === '' || prefix.endsWith('/') ? prefix : `${prefix}/`,
    },
  }
}

/** MASTHEAD_FAST_PATHS: `on` (the default) or `off`. */
function readFastPaths(value: string | undefined, problems: string[]): boolean {
  if (value === undefined || value === '' || value === 'on') return true
  if (value === 'off') return false
  problems.push(`MASTHEAD_FAST_PATHS must be on or off, not “${value}”`)
  return true
}

/** Resolves the configuration: flags beat the environment, the environment beats defaults. Throws ConfigError. */
export function loadConfig(input: Env, flags: Flags = {}): Config {
  // An empty variable counts as unset (compose files and .env templates leave them blank):
  // HOST= must not bind every interface, nor MASTHEAD_DATA_DIR= put the database in the cwd.
  const env = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== '')) as Env
  const problems: string[] = []
  const port = readPort(flags.port ?? env.PORT ?? '3000', problems)
  const host = flags.host ?? env.HOST ?? '127.0.0.1'
  const dataDir = resolve(flags.data ?? env.MASTHEAD_DATA_DIR ?? 'data')
  const database = readDatabase(env.DATABASE_URL, dataDir, problems)
  const publicUrl = readPublicUrl(env.MASTHEAD_PUBLIC_URL, problems)
  const logLevel = (env.MASTHEAD_LOG_LEVEL ?? 'info') as LogLevel
  if (!logLevels.includes(logLevel))
    problems.push(`MASTHEAD_LOG_LEVEL must be one of ${logLevels.join(', ')}`)
  const demo = !['0', 'false', 'no', 'off'].includes((env.MASTHEAD_DEMO ?? '1').toLowerCase())
  const adminEmail = env.MASTHEAD_ADMIN_EMAIL ?? null
  const adminPassword = env.MASTHEAD_ADMIN_PASSWORD ?? null
  if ((adminEmail === null) !== (adminPassword === null))
    problems.push('set both MASTHEAD_ADMIN_EMAIL and MASTHEAD_ADMIN_PASSWORD, or neither')
  const adminName = (env.MASTHEAD_ADMIN_NAME ?? defaultAdminName).trim()
  if (adminName === '' || adminName.length > 120)
    problems.push('MASTHEAD_ADMIN_NAME must be 1 to 120 characters')
  const schedulerIntervalMs = Number(env.MASTHEAD_SCHEDULER_INTERVAL_MS ?? '10000')
  if (!Number.isFinite(schedulerIntervalMs) || schedulerIntervalMs < 100)
    problems.push('MASTHEAD_SCHEDULER_INTERVAL_MS must be at least 100')
  const media = readMedia(env, problems)
  const cacheMb = Number(env.MASTHEAD_CACHE_MB ?? '64')
  if (!Number.isFinite(cacheMb) || cacheMb < 0 || cacheMb > 65536)
    problems.push('MASTHEAD_CACHE_MB must be a number of megabytes from 0 to 65536')
  const purgeUrl = env.MASTHEAD_PURGE_URL ?? null
  if (purgeUrl !== null && !/^https?:\/\/\S+$/.test(purgeUrl))
    problems.push('MASTHEAD_PURGE_URL must be an http(s) URL')
  const cache = { maxBytes: Math.round(cacheMb * 1024 * 1024), purgeUrl }
  const smtpUrl =
    env.MASTHEAD_SMTP_URL === undefined || env.MASTHEAD_SMTP_URL === ''
      ? null
      : env.MASTHEAD_SMTP_URL
  if (smtpUrl !== null && !/^smtps?:\/\/[^/\s]+/.test(smtpUrl))
    problems.push('MASTHEAD_SMTP_URL must look like smtp://user:password@host:587 or smtps://…')
  const mailFrom = env.MASTHEAD_MAIL_FROM ?? 'Masthead <masthead@localhost>'
  const http = readHttp(env, problems)
  const fastPaths = readFastPaths(env.MASTHEAD_FAST_PATHS, problems)
  const operations = readOperations(env, problems)
  if (problems.length > 0) throw new ConfigError(problems)
  return Object.freeze({
    media,
    cache,
    http,
    operations,
    fastPaths,
    host,
    port,
    dataDir,
    database: Object.freeze(database),
    publicUrl,
    demo,
    adminEmail,
    adminPassword,
    adminName,
    logLevel,
    schedulerIntervalMs,
    smtpUrl,
    mailFrom,
    version: packageVersion(),
  })
}
