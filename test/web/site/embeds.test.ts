import type { FastifyInstance } from 'fastify'
import { articlePath } from '../../../src/domain/permalink.js'
import { parseHTML } from 'linkedom'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Block } from '../../../src/domain/block-document.js'
import { embedOrigins } from '../../../src/domain/embeds.js'
import { useTestDatabase } from '../../support/database.js'
import { make } from '../../support/make.js'
import { testApp } from '../../support/web.js'

const embed = (url: string): Block => ({ type: 'embed', attrs: { url } })

const urls = {
  spotify: 'https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC',
  soundcloud: 'https://soundcloud.com/kestrel-radio/harbour-night',
  map: 'https://www.google.com/maps/d/viewer?mid=1AbCdEfGhIjKlMnOp',
  document: 'https://www.documentcloud.org/documents/20059068-budget-2026',
  chart: 'https://datawrapper.dwcdn.net/Ab1Cd/3/',
  x: 'https://x.com/kestrelcourier/status/1790000000000000001',
  bluesky: 'https://bsky.app/profile/courier.bsky.social/post/3kq2abcdefg2x',
  other: 'https://example.org/video/12345',
  hostile: 'https://soundcloud.com/a/b"><script>alert(1)</script>',
}

describe('embeds on the public site', () => {
  const db = useTestDatabase()
  let app: FastifyInstance
  let page: { html: string; csp: string }

  beforeAll(async () => {
    const story = await make.article(db, {
      status: 'published',
      headline: 'Harbour week in sound, maps and charts',
      body: { type: 'doc', content: Object.values(urls).map(embed) },
    })
    app = await testApp(db)
    const settings = await db.services.settings.get()
    const res = await app.inject({ url: articlePath(story, settings) })
    expect(res.statusCode).toBe(200)
    page = { html: res.body, csp: String(res.headers['content-security-policy']) }
  })
  afterAll(async () => app?.close())

  const body = () => parseHTML(page.html).document

  it('frames each allow-listed player in a frame shaped for it, titled and linked to the original', () => {
    const frames = [...body().querySelectorAll('figure.embed')].map((f) => ({
      shape: f.getAttribute('class'),
      src: f.querySelector('iframe')?.getAttribute('src'),
      title: f.querySelector('iframe')?.getAttribute('title'),
      link: f.querySelector('figcaption a')?.getAttribute('href'),
    }))
    expect(frames).toEqual([
      {
        shape: 'embed embed-audio',
        src: 'https://open.spotify.com/embed/track/4uLU6hMCjMI75M1A2tKUQC',
        title: 'Track on Spotify',
        link: urls.spotify,
      },
      {
        shape: 'embed embed-audio',
        src: 'https://w.soundcloud.com/player/?url=https%3A%2F%2Fsoundcloud.com%2Fkestrel-radio%2Fharbour-night',
        title: 'Track on SoundCloud',
        link: urls.soundcloud,
      },
      {
        shape: 'embed embed-map',
        src: 'https://www.google.com/maps/d/embed?mid=1AbCdEfGhIjKlMnOp',
        title: 'Map on Google Maps',
        link: urls.map,
      },
      {
        shape: 'embed embed-document',
        src: 'https://embed.documentcloud.org/documents/20059068-budget-2026/?embed=1',
        title: 'Document on DocumentCloud',
        link: urls.document,
      },
      {
        shape: 'embed embed-chart',
        src: 'https://datawrapper.dwcdn.net/Ab1Cd/',
        title: 'Chart on Datawrapper',
        link: urls.chart,
      },
    ])
  })

  it('shows a post it cannot frame as a card with the provider and the address', () => {
    const cards = [...body().querySelectorAll('figure.embed-card')].map((c) => ({
      caption: c.querySelector('figcaption')?.textContent,
      href: c.querySelector('a')?.getAttribute('href'),
      text: c.querySelector('a')?.textContent,
    }))
    expect(cards).toEqual([
      { caption: 'Post on X', href: urls.x, text: urls.x },
      { caption: 'Post on Bluesky', href: urls.bluesky, text: urls.bluesky },
    ])
  })

  it('links any other address, hostile ones escaped, and frames nothing else', () => {
    const links = [...body().querySelectorAll('p.embed-link a')].map((a) => a.textContent)
    expect(links).toEqual([urls.other, urls.hostile])
    expect(page.html).not.toContain('<script>alert(1)')
    const frameOrigins = [...body().querySelectorAll('iframe')].map(
      (f) => new URL(f.getAttribute('src') ?? '').origin,
    )
    expect(frameOrigins).toHaveLength(5)
    for (const origin of frameOrigins) expect(embedOrigins).toContain(origin)
  })

  it('allows exactly the players’ origins in the page’s frame-src', () => {
    const frameSrc = /frame-src ([^;]+)/.exec(page.csp)?.[1]?.split(' ')
    expect(frameSrc).toEqual([...embedOrigins])
    expect(page.csp).toContain("script-src 'none'")
  })
})
