import type { FastifyInstance } from 'fastify'
import type { Config } from './config.js'
import { systemActor } from './domain/roles.js'
import {
  createEventBus,
  createServices,
  logMailer,
  randomIds,
  smtpMailer,
  systemClock,
} from './services/index.js'
import type { Deps, Services } from './services/index.js'
import type { MediaFiles } from './store/files.js'
import { localFiles, mediaRoot } from './store/files.js'
import { createStore } from './store/index.js'
import { keepOneTimePassword, oneTimeSignIn, signInNotice } from './sign-in-notice.js'
import { accountOrigin } from './web/origin.js'
import { buildApp } from './web/app.js'
import type { Metrics } from './web/metrics/registry.js'

export interface Logger {
  info(message: string): void
  warn(message: string): void
  error(message: string): void
}

export const consoleLogger: Logger = {
  info: (m) => console.log(m),
  warn: (m) => console.warn(m),
  error: (m) => console.error(m),
}

/** Opens the database, brings the schema up to date and wires the services. */
export async function openServices(
  config: Config,
  log: Logger = consoleLogger,
  options: OpenOptions = {},
): Promise<Services> {
  return createServices(await openDeps(config, log, options))
}

export interface OpenOptions {
  /** Leave the schema as it is (a backup taken before an upgrade must not upgrade it first). */
  keepSchema?: boolean
}

/** What the services are built on: the migrated database, clock, ids, events, files and mail. */
export async function openDeps(
  config: Config,
  log: Logger = consoleLogger,
  options: OpenOptions = {},
): Promise<Deps> {
  const store = createStore(config.database, {
    fastPaths: config.fastPaths,
    observeQueries: config.operations.metricsToken !== null,
    requestIds: config.operations.databaseRequestIds,
  })
  try {
    if (options.keepSchema !== true) await store.migrate()
  } catch (error) {
    await store.close()
    throw error
  }
  return {
    store,
    clock: systemClock,
    ids: randomIds,
    events: createEventBus(),
    files: await mediaFiles(config),
    mailer:
      config.smtpUrl !== null
        ? smtpMailer(config.smtpUrl, config.mailFrom)
        : logMailer((line) => log.info(line)),
  }
}

/** The configured media storage: the data folder by default, or an S3-compatible bucket. */
async function mediaFiles(config: Config): Promise<MediaFiles> {
  const storage = config.media.storage
  if (storage.kind !== 's3') return localFiles(mediaRoot(config.dataDir))
  // The S3 client is loaded only when a bucket is configured.
  const { s3Files } = await import('./store/files-s3.js')
  return s3Files(storage)
}

/**
 * On a database with no accounts: creates the first admin (from the environment, or with a
 * one-time password that is printed and kept until it is changed), named MASTHEAD_ADMIN_NAME,
 * then the demo publication unless MASTHEAD_DEMO=0.
 * Returns the lines that tell how to sign in (printed last, so the demo's lines do not bury
 * them), or none when there was nothing to create.
 */
export async function firstRun(
  config: Config,
  services: Services,
  log: Logger,
): Promise<readonly string[]> {
  const system = systemActor('first-run')
  if (await services.hasAccounts()) return []
  const email = config.adminEmail ?? 'admin@masthead.local'
  const { password } = await services.accounts.createUser({
    actor: system,
    email,
    name: config.adminName,
    role: 'admin',
    byline: true,
    ...(config.adminPassword !== null ? { password: config.adminPassword } : {}),
  })
  // Kept until it is changed, so that every start can say it again (src/sign-in-notice.ts).
  if (password !== null) keepOneTimePassword(config, { email, password })
  log.info(`Created the first admin account: ${email}`)
  if (config.demo && !(await services.hasArticles())) {
    log.info('Loading the demo publication (set MASTHEAD_DEMO=0 to start empty)…')
    const made = await services.loadDemo()
    log.info(`Demo loaded: ${made.articles} articles, ${made.media} images.`)
  }
  const signIn =
    password !== null
      ? oneTimeSignIn({ email, password })
      : [`Sign in as ${email} with the password in MASTHEAD_ADMIN_PASSWORD.`]
  for (const line of signIn) log.info(line)
  return signIn
}

export interface Running {
  app: FastifyInstance
  services: Services
  url: string
  close(): Promise<void>
}

/** Starts everything: database, first run, scheduler and the HTTP server. */
export async function serve(config: Config, log: Logger = consoleLogger): Promise<Running> {
  const services = await openServices(config, log)
  await firstRun(config, services, log)
  const app = await buildApp(config, services)
  const scheduler = startScheduler(config, services, app.metrics, log)
  await scheduler.first
  const address = await app.listen({ port: config.port, host: config.host })
  if (accountOrigin(config, (await services.settings.get()).publicUrl) === null)
    log.warn(
      `No public URL: set MASTHEAD_PUBLIC_URL (e.g. https://news.example.com). Until then invitations and password resets are refused, and pages link to the Host each request names.`,
    )
  const url = address.replace('[::1]', 'localhost')
  log.info(`Masthead is running at ${url}/ (database: ${services.databaseKind()})`)
  // Last, on every start: where to sign in, and the one-time password while it still works.
  for (const line of await signInNotice(config, services, url)) log.info(line)
  return {
    app,
    services,
    url,
    async close() {
      await scheduler.stop()
      await drain(app, config.operations.shutdownGraceMs, log)
      await services.close()
    },
  }
}

/**
 * Publishes what is due now and every MASTHEAD_SCHEDULER_INTERVAL_MS. `stop` ends the ticks and
 * waits for one under way: each story is claimed and published in one transaction, so a stop
 * never leaves a claim behind, and waiting lets that transaction commit before the pool closes.
 */
function startScheduler(
  config: Config,
  services: Services,
  metrics: Metrics | null,
  log: Logger,
): { first: Promise<void>; stop(): Promise<void> } {
  let running: Promise<void> | null = null
  const tick = async (): Promise<void> => {
    const startedAt = performance.now()
    let hasFailed = false
    try {
      await services.articles.runScheduler({ onPublished: (ms) => metrics?.observeScheduled(ms) })
    } catch (error) {
      hasFailed = true
      log.error(`Scheduler failed: ${error instanceof Error ? error.message : String(error)}`)
    }
    metrics?.observeSchedulerRun((performance.now() - startedAt) / 1000, hasFailed)
  }
  // A tick that outlasts the interval is not joined by another one.
  const start = (): Promise<void> =>
    (running ??= tick().finally(() => {
      running = null
    }))
  const first = start()
  const timer = setInterval(() => void start(), config.schedulerIntervalMs)
  timer.unref()
  return {
    first,
    async stop() {
      clearInterval(timer)
      await running
    },
  }
}

/**
 * Stops accepting connections and lets the requests in flight finish; after `graceMs` the
 * connections still open are cut. Fastify answers a request that arrives meanwhile on an open
 * keep-alive connection with 503 and closes it, so a load balancer retries it elsewhere.
 */
async function drain(app: FastifyInstance, graceMs: number, log: Logger): Promise<void> {
  // A keep-alive connection whose answer ends now closes right after it, instead of idling on
  // for the keep-alive timeout (Node's close() ends only the connections idle at the time).
  app.server.keepAliveTimeout = 1
  const cut = setTimeout(() => {
    log.warn(`Requests still running after ${graceMs / 1000} s: closing their connections.`)
    app.server.closeAllConnections()
  }, graceMs)
  try {
    await app.close()
  } finally {
    clearTimeout(cut)
  }
}
