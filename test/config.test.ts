import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Env, Flags } from '../src/config.js'
import { ConfigError, loadConfig } from '../src/config.js'

/** The problems loadConfig reports, or [] when it accepts the input. */
function problems(env: Env, flags: Flags = {}): string[] {
  try {
    loadConfig(env, flags)
    return []
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError)
    return (error as ConfigError).problems
  }
}

describe('loadConfig', () => {
  it('has defaults for everything', () => {
    const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string })
      .version
    expect(loadConfig({})).toEqual({
      host: '127.0.0.1',
      port: 3000,
      dataDir: resolve('data'),
      database: { kind: 'sqlite', file: join(resolve('data'), 'masthead.db') },
      publicUrl: null,
      demo: true,
      adminEmail: null,
      adminName: 'Newsroom Staff',
      adminPassword: null,
      fastPaths: true,
      logLevel: 'info',
      schedulerIntervalMs: 10_000,
      version,
      media: { maxUploadBytes: 25 * 1024 * 1024, storage: { kind: 'local' } },
      cache: { maxBytes: 64 * 1024 * 1024, purgeUrl: null },
      smtpUrl: null,
      mailFrom: 'Masthead <masthead@localhost>',
      http: {
        trustProxy: [],
        headersTimeoutMs: 20_000,
        requestTimeoutMs: 300_000,
        idleTimeoutMs: 60_000,
        keepAliveTimeoutMs: 72_000,
      },
      operations: { metricsToken: null, databaseRequestIds: false, shutdownGraceMs: 25_000 },
    })
  })

  it('reads the fast-path switch and the first admin’s name, refusing anything else', () => {
    expect(loadConfig({ MASTHEAD_FAST_PATHS: 'off' }).fastPaths).toBe(false)
    expect(loadConfig({ MASTHEAD_FAST_PATHS: 'on' }).fastPaths).toBe(true)
    expect(problems({ MASTHEAD_FAST_PATHS: 'fast' })).toEqual([
      expect.stringContaining('MASTHEAD_FAST_PATHS'),
    ])
    expect(loadConfig({ MASTHEAD_ADMIN_NAME: ' Ada Lovelace ' }).adminName).toBe('Ada Lovelace')
    expect(problems({ MASTHEAD_ADMIN_NAME: '  ' })).toEqual([
      expect.stringContaining('MASTHEAD_ADMIN_NAME'),
    ])
  })

  it('reads trusted proxies as addresses, CIDRs and keywords, and refuses anything else', () => {
    const config = loadConfig({
      MASTHEAD_TRUST_PROXY: ' 10.0.0.1, 192.168.0.0/16 ,loopback, fd00::/8,::1',
    })
    expect(config.http.trustProxy).toEqual([
      '10.0.0.1',
      '192.168.0.0/16',
      'loopback',
      'fd00::/8',
      '::1',
    ])
    for (const bad of ['true', '*', '10.0.0.0/33', 'proxy.example.com', '10.0.0.1/8/1', '::1/129'])
      expect(problems({ MASTHEAD_TRUST_PROXY: bad }), bad).toEqual([
        expect.stringContaining('MASTHEAD_TRUST_PROXY'),
      ])
  })

  it('reads the request timeout in seconds and keeps the header wait within it', () => {
    expect(loadConfig({ MASTHEAD_REQUEST_TIMEOUT_S: '600' }).http.requestTimeoutMs).toBe(600_000)
    expect(loadConfig({ MASTHEAD_REQUEST_TIMEOUT_S: '5' }).http).toMatchObject({
      headersTimeoutMs: 5000,
      requestTimeoutMs: 5000,
    })
    for (const bad of ['0', '-1', '1.5', 'soon', '3601'])
      expect(problems({ MASTHEAD_REQUEST_TIMEOUT_S: bad }), bad).toHaveLength(1)
  })

  it('reads the operations settings: metrics token, request ids, grace period, keep-alive', () => {
    const config = loadConfig({
      MASTHEAD_METRICS_TOKEN: 'a-long-enough-token-1',
      MASTHEAD_DB_REQUEST_IDS: 'on',
      MASTHEAD_SHUTDOWN_GRACE_S: '0',
      MASTHEAD_KEEPALIVE_TIMEOUT_S: '5',
    })
    expect(config.operations).toEqual({
      metricsToken: 'a-long-enough-token-1',
      databaseRequestIds: true,
      shutdownGraceMs: 0,
    })
    expect(config.http.keepAliveTimeoutMs).toBe(5000)
    for (const [name, bad] of [
      ['MASTHEAD_METRICS_TOKEN', 'short'],
      ['MASTHEAD_METRICS_TOKEN', 'has a space in it somewhere'],
      ['MASTHEAD_DB_REQUEST_IDS', 'yes'],
      ['MASTHEAD_SHUTDOWN_GRACE_S', '-1'],
      ['MASTHEAD_SHUTDOWN_GRACE_S', '2.5'],
      ['MASTHEAD_KEEPALIVE_TIMEOUT_S', '0'],
    ] as const)
      expect(problems({ [name]: bad }), `${name}=${bad}`).toEqual([expect.stringContaining(name)])
  })

  it('reads S3 media storage settings, with path-style URLs for a custom endpoint', () => {
    const config = loadConfig({
      MASTHEAD_S3_BUCKET: 'photos',
      MASTHEAD_S3_ENDPOINT: 'http://127.0.0.1:9000',
      MASTHEAD_S3_ACCESS_KEY_ID: 'k',
      MASTHEAD_S3_SECRET_ACCESS_KEY: 's',
      MASTHEAD_S3_PREFIX: 'site',
      MASTHEAD_MEDIA_MAX_MB: '10',
    })
    expect(config.media).toEqual({
      maxUploadBytes: 10 * 1024 * 1024,
      storage: {
        kind: 's3',
        bucket: 'photos',
        region: 'us-east-1',
        endpoint: 'http://127.0.0.1:9000',
        accessKeyId: 'k',
        secretAccessKey: 's',
        forcePathStyle: true,
        prefix: 'site/',
      },
    })
    expect(() =>
      loadConfig({
        MASTHEAD_S3_BUCKET: 'photos',
        MASTHEAD_S3_ACCESS_KEY_ID: 'k',
        MASTHEAD_MEDIA_MAX_MB: 'lots',
      }),
    ).toThrow(
      /MASTHEAD_S3_SECRET_ACCESS_KEY[\s\S]*MASTHEAD_MEDIA_MAX_MB|MASTHEAD_MEDIA_MAX_MB[\s\S]*MASTHEAD_S3_SECRET_ACCESS_KEY/,
    )
  })

  it.each([
    ['port', { PORT: '4000' }, { port: '5000' }, 5000],
    ['host', { HOST: '0.0.0.0' }, { host: '::1' }, '::1'],
    ['dataDir', { MASTHEAD_DATA_DIR: '/srv/env' }, { data: '/srv/flag' }, '/srv/flag'],
  ] as const)('takes %s from a flag over the environment', (key, env, flags, expected) => {
    expect(loadConfig(env, flags)[key]).toBe(expected)
  })

  it.each([
    ['port', { PORT: '4000' }, 4000],
    ['host', { HOST: '0.0.0.0' }, '0.0.0.0'],
    ['dataDir', { MASTHEAD_DATA_DIR: '/srv/env' }, '/srv/env'],
    ['publicUrl', { MASTHEAD_PUBLIC_URL: 'https://news.example.com/' }, 'https://news.example.com'],
    ['publicUrl', { MASTHEAD_PUBLIC_URL: 'http://localhost:8080/x?y' }, 'http://localhost:8080'],
    ['demo', { MASTHEAD_DEMO: '0' }, false],
    ['demo', { MASTHEAD_DEMO: 'false' }, false],
    ['demo', { MASTHEAD_DEMO: 'OFF' }, false],
    ['demo', { MASTHEAD_DEMO: '1' }, true],
    ['logLevel', { MASTHEAD_LOG_LEVEL: 'silent' }, 'silent'],
    ['schedulerIntervalMs', { MASTHEAD_SCHEDULER_INTERVAL_MS: '250' }, 250],
    [
      'adminEmail',
      { MASTHEAD_ADMIN_EMAIL: 'a@x.example', MASTHEAD_ADMIN_PASSWORD: 'p' },
      'a@x.example',
    ],
    ['adminEmail', { MASTHEAD_ADMIN_EMAIL: '', MASTHEAD_ADMIN_PASSWORD: '' }, null],
  ] as const)('reads %s from the environment: %j', (key, env, expected) => {
    expect(loadConfig(env)[key]).toBe(expected)
  })

  it.each([
    [
      'no URL: the file in the data folder',
      undefined,
      { kind: 'sqlite', file: '/srv/d/masthead.db' },
    ],
    ['an empty URL', '', { kind: 'sqlite', file: '/srv/d/masthead.db' }],
    ['an absolute file path', '/var/lib/m.db', { kind: 'sqlite', file: '/var/lib/m.db' }],
    ['a relative file path', 'rel/m.db', { kind: 'sqlite', file: resolve('rel/m.db') }],
    ['sqlite:FILE', 'sqlite:/var/lib/m.db', { kind: 'sqlite', file: '/var/lib/m.db' }],
    ['sqlite:relative', 'sqlite:m.db', { kind: 'sqlite', file: resolve('m.db') }],
    ['sqlite:///absolute', 'sqlite:///var/lib/m.db', { kind: 'sqlite', file: '/var/lib/m.db' }],
    ['sqlite::memory:', 'sqlite::memory:', { kind: 'sqlite', file: ':memory:' }],
    [
      'postgres://',
      'postgres://u:p@db:5432/news',
      { kind: 'postgres', url: 'postgres://u:p@db:5432/news' },
    ],
    ['postgresql://', 'postgresql://db/news', { kind: 'postgres', url: 'postgresql://db/news' }],
  ])('reads DATABASE_URL as %s', (_name, url, expected) => {
    const env = { MASTHEAD_DATA_DIR: '/srv/d', ...(url !== undefined ? { DATABASE_URL: url } : {}) }
    expect(loadConfig(env).database).toEqual(expected)
  })

  it.each([
    ['an unknown scheme', { DATABASE_URL: 'mysql://db/news' }, /DATABASE_URL.*mysql:/],
    ['an empty sqlite: URL', { DATABASE_URL: 'sqlite:' }, /sqlite:.*names no file/],
    ['a port that is not a number', { PORT: 'eighty' }, /port “eighty”/],
    ['a port out of range', { PORT: '70000' }, /port “70000”/],
    ['a negative port', { PORT: '-1' }, /port “-1”/],
    ['a fractional port', { PORT: '80.5' }, /port “80.5”/],
    [
      'a public URL that is not a URL',
      { MASTHEAD_PUBLIC_URL: 'news.example.com' },
      /MASTHEAD_PUBLIC_URL/,
    ],
    [
      'a public URL that is not http',
      { MASTHEAD_PUBLIC_URL: 'ftp://news.example.com' },
      /MASTHEAD_PUBLIC_URL/,
    ],
    ['an unknown log level', { MASTHEAD_LOG_LEVEL: 'loud' }, /MASTHEAD_LOG_LEVEL/],
    ['a tiny scheduler interval', { MASTHEAD_SCHEDULER_INTERVAL_MS: '5' }, /SCHEDULER_INTERVAL/],
    [
      'a scheduler interval that is not a number',
      { MASTHEAD_SCHEDULER_INTERVAL_MS: 'often' },
      /SCHEDULER_INTERVAL/,
    ],
    [
      'an admin e-mail without password',
      { MASTHEAD_ADMIN_EMAIL: 'a@x.example' },
      /MASTHEAD_ADMIN_PASSWORD/,
    ],
    [
      'an admin password without e-mail',
      { MASTHEAD_ADMIN_PASSWORD: 'long-password' },
      /MASTHEAD_ADMIN_EMAIL/,
    ],
  ])('reports %s', (_name, env, problem) => {
    const found = problems(env)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(problem)
  })

  it('treats empty variables as unset', () => {
    const empty = Object.fromEntries(
      [
        'PORT',
        'HOST',
        'MASTHEAD_DATA_DIR',
        'DATABASE_URL',
        'MASTHEAD_PUBLIC_URL',
        'MASTHEAD_DEMO',
        'MASTHEAD_LOG_LEVEL',
        'MASTHEAD_SCHEDULER_INTERVAL_MS',
        'MASTHEAD_ADMIN_EMAIL',
        'MASTHEAD_ADMIN_PASSWORD',
      ].map((name) => [name, '']),
    )
    expect(loadConfig(empty)).toEqual(loadConfig({}))
  })

  it('reports a bad --port flag even when PORT is fine', () => {
    expect(problems({ PORT: '3000' }, { port: 'x' })).toEqual([expect.stringMatching(/port “x”/)])
  })

  it('reports every problem at once in one ConfigError', () => {
    const env = {
      PORT: 'abc',
      DATABASE_URL: 'redis://cache',
      MASTHEAD_PUBLIC_URL: 'not a url',
      MASTHEAD_LOG_LEVEL: 'chatty',
      MASTHEAD_ADMIN_EMAIL: 'a@x.example',
    }
    let error: unknown
    try {
      loadConfig(env)
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(ConfigError)
    const { problems: found, message } = error as ConfigError
    expect(found).toHaveLength(5)
    for (const p of found) expect(message).toContain(p)
  })

  it('returns a frozen config, database included', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://db/news' })
    expect(Object.isFrozen(config)).toBe(true)
    expect(Object.isFrozen(config.database)).toBe(true)
    expect(() => {
      ;(config as { port: number }).port = 1
    }).toThrow(TypeError)
  })
})
