import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from '../../src/web/app.js'
import { newsroomAliases } from '../../src/web/newsroom.js'
import { useTestDatabase } from '../support/database.js'

describe('the newsroom app at /newsroom/', () => {
  const db = useTestDatabase()
  const dir = mkdtempSync(join(tmpdir(), 'masthead-newsroom-dist-'))
  let app: FastifyInstance
  let unbuilt: FastifyInstance
  beforeAll(async () => {
    if (db.store === undefined) return
    mkdirSync(join(dir, 'assets'))
    writeFileSync(join(dir, 'index.html'), `<!doctype html><title>App</title>${'<p>x'.repeat(300)}`)
    writeFileSync(join(dir, 'assets', 'index-abc123.js'), `console.log(1);${' '.repeat(900)}`)
    writeFileSync(join(dir, 'sw.js'), 'self.addEventListener("fetch", () => {})')
    app = await buildApp(db.config(), db.services, { logger: false, newsroomDir: dir })
    unbuilt = await buildApp(db.config(), db.services, {
      logger: false,
      newsroomDir: join(dir, 'missing'),
    })
  })
  afterAll(async () => {
    await app?.close()
    await unbuilt?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('answers index.html with a strict CSP for every client route, never cached', async () => {
    for (const url of [
      '/newsroom/',
      '/newsroom/stories',
      '/newsroom/stories/0190-abc',
      '/newsroom/reset?token=x',
    ]) {
      const res = await app.inject({ url })
      expect(res.statusCode, url).toBe(200)
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8')
      expect(res.body).toContain('<title>App</title>')
      expect(res.headers['cache-control']).toBe('no-cache')
      const csp = String(res.headers['content-security-policy'])
      expect(csp).toContain("script-src 'self'")
      expect(csp).not.toMatch(/script-src[^;]*unsafe/)
      expect(csp).toContain("frame-ancestors 'none'")
    }
    expect((await app.inject({ url: '/newsroom' })).headers.location).toBe('/newsroom/')
  })

  it('serves hashed assets cached for a year, compressed, and 404s unknown assets', async () => {
    const res = await app.inject({
      url: '/newsroom/assets/index-abc123.js',
      headers: { 'accept-encoding': 'gzip' },
    })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8')
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expect(res.headers['content-encoding']).toBe('gzip')
    expect((await app.inject({ url: '/newsroom/assets/gone-123.js' })).statusCode).toBe(404)
  })

  it('serves the service worker uncached, with a CSP that lets the app register it', async () => {
    const res = await app.inject({ url: '/newsroom/sw.js' })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8')
    expect(res.headers['cache-control']).toBe('no-cache')
    expect(res.body).toContain('addEventListener')
    const page = await app.inject({ url: '/newsroom/' })
    expect(String(page.headers['content-security-policy'])).toContain("worker-src 'self'")
  })

  it('redirects the addresses people bring from Ghost and WordPress', async () => {
    for (const path of [...newsroomAliases, '/ghost/', '/wp-admin/post-new.php', '/admin/']) {
      const res = await app.inject({ url: path })
      expect(res.statusCode, path).toBe(302)
      expect(res.headers.location).toBe('/newsroom/')
    }
  })

  it('says how to build the app when it is missing', async () => {
    const res = await unbuilt.inject({ url: '/newsroom/' })
    expect(res.statusCode).toBe(503)
    expect(res.body).toContain('npm run build')
  })
})
