import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client'
import type { DatabaseStats, Services } from '../../services/index.js'
import type { ResponseCache } from '../cache/response-cache.js'

/** Latency buckets in seconds: a cached page takes well under a millisecond, a search up to seconds. */
const httpBuckets = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10]
const queryBuckets = [0.0001, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5, 2.5]
const lagBuckets = [0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 3600]

/** A request's status as its class: `2xx`, `3xx`, … (one label value per class, not per code). */
const statusClass = (status: number): string => `${Math.floor(status / 100)}xx`

/** The process's metrics, read by `GET /metrics` (docs/deploy.md lists them). */
export interface Metrics {
  readonly registry: Registry
  /** One answered request: its route pattern (never the raw URL), status and seconds taken. */
  observeRequest(method: string, route: string, status: number, seconds: number): void
  /** One story the scheduler published, `lateMs` after its scheduled time. */
  observeScheduled(lateMs: number): void
  /** One scheduler tick, which took `seconds` and failed or not. */
  observeSchedulerRun(seconds: number, hasFailed: boolean): void
  /** Stops listening to the database (the app is closing). */
  stop(): void
}

/** A gauge set from `read()` each time the metrics are collected. */
function readGauge(registry: Registry, name: string, help: string, read: () => number | null) {
  return new Gauge({
    name,
    help,
    registers: [registry],
    collect() {
      const value = read()
      if (value !== null) this.set(value)
    },
  })
}

/** A counter whose total is kept elsewhere (the page cache's own counts), copied at collection. */
function copiedCounter(registry: Registry, name: string, help: string, read: () => number) {
  return new Counter({
    name,
    help,
    registers: [registry],
    collect() {
      this.reset()
      this.inc(read())
    },
  })
}

function cacheMetrics(registry: Registry, cache: ResponseCache | null): void {
  const stats = () => cache?.stats()
  const pairs = [
    ['hits', 'Page cache lookups that found an answer'],
    ['misses', 'Page cache lookups that found none'],
    ['evictions', 'Page cache entries pushed out to make room'],
    ['invalidated', 'Page cache entries dropped because what they show changed'],
  ] as const
  for (const [key, help] of pairs)
    copiedCounter(registry, `masthead_page_cache_${key}_total`, help, () => stats()?.[key] ?? 0)
  readGauge(registry, 'masthead_page_cache_bytes', 'Bytes held', () => stats()?.bytes ?? 0)
  readGauge(registry, 'masthead_page_cache_entries', 'Entries held', () => stats()?.entries ?? 0)
  readGauge(registry, 'masthead_page_cache_max_bytes', 'Bound (MASTHEAD_CACHE_MB)', () => {
    return stats()?.maxBytes ?? 0
  })
}

function postgresMetrics(
  registry: Registry,
  stats: () => DatabaseStats,
  pool: (key: 'total' | 'idle' | 'waiting') => () => number | null,
): void {
  readGauge(registry, 'masthead_db_pool_connections', 'Pooled connections', pool('total'))
  readGauge(registry, 'masthead_db_pool_idle', 'Idle pooled connections', pool('idle'))
  readGauge(
    registry,
    'masthead_db_pool_waiting',
    'Checkouts waiting for a connection',
    pool('waiting'),
  )
  readGauge(
    registry,
    'masthead_db_listen_connected',
    '1 while every LISTEN connection is up (cache coherence between processes), else 0',
    () => {
      const listen = stats().listen
      if (listen === null) return null
      return listen.subscribed > 0 && listen.listening === listen.subscribed ? 1 : 0
    },
  )
}

function databaseMetrics(registry: Registry, services: Services): () => void {
  const stats = () => services.operations.databaseStats()
  const pool = (key: 'total' | 'idle' | 'waiting') => () => stats().pool?.[key] ?? null
  // Only what this database has: SQLite has no pool and no LISTEN, and a 0 would mislead.
  if (stats().kind === 'postgres') postgresMetrics(registry, stats, pool)
  const queries = new Histogram({
    name: 'masthead_db_query_duration_seconds',
    help: 'Time of each query run through Kysely (not the fast paths’ direct reads)',
    labelNames: ['outcome'],
    buckets: queryBuckets,
    registers: [registry],
  })
  const ok = queries.labels('ok')
  const failed = queries.labels('error')
  return services.operations.onQuery((ms, hasFailed) =>
    (hasFailed ? failed : ok).observe(ms / 1000),
  )
}

/** Builds the metrics of one app: HTTP, page cache, database, scheduler and Node's own. */
export function createMetrics(services: Services, cache: ResponseCache | null): Metrics {
  const registry = new Registry()
  collectDefaultMetrics({ register: registry })
  const http = new Histogram({
    name: 'masthead_http_request_duration_seconds',
    help: 'Requests answered, by method, route pattern and status class; _count is the request count',
    labelNames: ['method', 'route', 'status_class'],
    buckets: httpBuckets,
    registers: [registry],
  })
  // Children kept by label values: a cached page is answered in microseconds, and looking the
  // labels up again for each one would cost a noticeable share of that.
  const children = new Map<string, ReturnType<typeof http.labels>>()
  cacheMetrics(registry, cache)
  const stopQueries = databaseMetrics(registry, services)
  const lag = new Histogram({
    name: 'masthead_scheduler_lag_seconds',
    help: 'How late each scheduled story was published after its time',
    buckets: lagBuckets,
    registers: [registry],
  })
  const runs = new Histogram({
    name: 'masthead_scheduler_run_duration_seconds',
    help: 'Scheduler ticks, by outcome',
    labelNames: ['outcome'],
    buckets: httpBuckets,
    registers: [registry],
  })
  const lastRun = new Gauge({
    name: 'masthead_scheduler_last_run_timestamp_seconds',
    help: 'When the scheduler last finished a tick (Unix time)',
    registers: [registry],
  })
  return {
    registry,
    observeRequest(method, route, status, seconds) {
      const cls = statusClass(status)
      const key = `${method} ${cls} ${route}`
      let child = children.get(key)
      if (child === undefined) children.set(key, (child = http.labels(method, route, cls)))
      child.observe(seconds)
    },
    observeScheduled: (lateMs) => lag.observe(Math.max(0, lateMs) / 1000),
    observeSchedulerRun(seconds, hasFailed) {
      runs.labels(hasFailed ? 'error' : 'ok').observe(seconds)
      lastRun.setToCurrentTime()
    },
    stop: stopQueries,
  }
}
