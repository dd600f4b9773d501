/**
 * The newsroom service worker's rules (src/newsroom/sw-policy.ts): it answers navigations under
 * /newsroom/ (network first) and the build's hashed files (cache first), and leaves everything
 * else, the API above all, to the browser, so no API answer is ever stored.
 */
import { describe, expect, it } from 'vitest'
import { manifestFiles } from '../../src/newsroom/sw-build.js'
import type { RequestLike } from '../../src/newsroom/sw-policy.js'
import { precacheList, routeFor } from '../../src/newsroom/sw-policy.js'

const origin = 'https://news.example'
const precached = new Set(precacheList(['assets/index-abc.js', 'assets/index-abc.css']))
const route = (path: string, more: Partial<RequestLike> = {}) =>
  routeFor({ url: `${origin}${path}`, method: 'GET', mode: 'cors', ...more }, origin, precached)

describe('the newsroom service worker', () => {
  it('never answers API calls, media, previews or other sites', () => {
    for (const path of [
      '/api/v1/session',
      '/api/v1/articles/0190-abc',
      '/api/v1/articles/0190-abc/preview',
      '/media/photo-1200.avif',
      '/preview/token-123',
      '/rss.xml',
    ]) {
      expect(route(path), path).toBe('pass')
      expect(route(path, { mode: 'navigate' }), path).toBe('pass')
    }
    expect(
      routeFor(
        { url: 'https://cdn.example/newsroom/assets/index-abc.js', method: 'GET', mode: 'cors' },
        origin,
        precached,
      ),
    ).toBe('pass')
  })

  it('answers navigations under /newsroom/ with the network first, the shell as fallback', () => {
    expect(route('/newsroom/', { mode: 'navigate' })).toBe('shell')
    expect(route('/newsroom/stories/0190-abc', { mode: 'navigate' })).toBe('shell')
    expect(route('/newsroom/stories/0190-abc', { mode: 'navigate', method: 'POST' })).toBe('pass')
    expect(route('/newsroom/index.html')).toBe('pass')
  })

  it('answers only the precached hashed files from its cache', () => {
    expect(route('/newsroom/assets/index-abc.js')).toBe('asset')
    expect(route('/newsroom/assets/index-abc.js?v=2')).toBe('pass')
    expect(route('/newsroom/assets/other-def.js')).toBe('pass')
    expect(route('/newsroom/sw.js')).toBe('pass')
  })

  it('precaches index.html and the manifest files, never the worker or source maps', () => {
    const files = manifestFiles({
      'index.html': { file: 'assets/index-abc.js', css: ['assets/index-abc.css'] },
      'scenes/editor/EditorScene.tsx': { file: 'assets/EditorScene-def.js', assets: ['a.svg'] },
      'sw.ts': { file: 'sw.js' },
    })
    expect(precacheList([...files, 'assets/index-abc.js.map'])).toEqual([
      '/newsroom/index.html',
      '/newsroom/a.svg',
      '/newsroom/assets/EditorScene-def.js',
      '/newsroom/assets/index-abc.css',
      '/newsroom/assets/index-abc.js',
    ])
  })
})
