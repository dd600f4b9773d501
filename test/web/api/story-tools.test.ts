import { describe, expect, it } from 'vitest'
import { hostile } from '../../support/web.js'
import type { Caller } from './support.js'
import { useApi } from './support.js'

const doc = (text: string) => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
})

describe('story tools API', () => {
  const api = useApi({ MASTHEAD_PUBLIC_URL: 'https://news.example.com' })

  const draft = async (as: Caller, headline = 'Bridge reopens after repairs') => {
    const res = await api.call({
      as,
      method: 'POST',
      url: '/api/v1/articles',
      payload: { headline, body: doc('The saved text of the story.') },
    })
    expect(res.statusCode).toBe(201)
    return res.json<{ id: string; revision: number; slug: string }>()
  }

  describe('preview', () => {
    it('renders the public page with unsaved changes, noindex, never cached, with the site CSP', async () => {
      const me = await api.user('author')
      const a = await draft(me)
      const res = await api.call({
        as: me,
        via: 'cookie',
        method: 'POST',
        url: `/api/v1/articles/${a.id}/preview`,
        payload: { headline: 'Unsaved headline', body: doc('Words not saved yet.') },
      })
      expect(res.statusCode).toBe(200)
      expect(res.headers['content-type']).toMatch(/^text\/html/)
      expect(res.headers['cache-control']).toBe('no-store, private')
      expect(res.headers['x-robots-tag']).toContain('noindex')
      expect(res.headers['content-security-policy']).toContain("script-src 'none'")
      expect(res.body).toContain('<meta name="robots" content="noindex"')
      expect(res.body).toContain('Unsaved headline')
      expect(res.body).toContain('Words not saved yet.')
      // The same template as the public page: its stylesheet and article markup.
      expect(res.body).toMatch(
        /<link rel="stylesheet" href="\/assets\/default-default\.[0-9a-f]+\.css"/,
      )
      const saved = await api.call({ as: me, url: `/api/v1/articles/${a.id}` })
      expect(saved.json<{ headline: string; revision: number }>()).toMatchObject({
        headline: 'Bridge reopens after repairs',
        revision: 1,
      })
    })

    it('shows the saved version without a body, and writes nothing (not even new tags)', async () => {
      const me = await api.user('author')
      const a = await draft(me)
      const bare = await api.call({
        as: me,
        method: 'POST',
        url: `/api/v1/articles/${a.id}/preview`,
      })
      expect(bare.statusCode).toBe(200)
      expect(bare.body).toContain('The saved text of the story.')
      const tagged = await api.call({
        as: me,
        method: 'POST',
        url: `/api/v1/articles/${a.id}/preview`,
        payload: { tags: ['A tag nobody made yet'] },
      })
      expect(tagged.statusCode).toBe(200)
      expect(tagged.body).toContain('A tag nobody made yet')
      expect(await api.db.store.tags.findBySlug('a-tag-nobody-made-yet')).toBeNull()
    })

    it('escapes a hostile headline and refuses a javascript: link like a save does', async () => {
      const me = await api.user('author')
      const a = await draft(me)
      const res = await api.call({
        as: me,
        method: 'POST',
        url: `/api/v1/articles/${a.id}/preview`,
        payload: { headline: hostile.text, dek: hostile.attr, body: doc(hostile.text) },
      })
      expect(res.statusCode).toBe(200)
      expect(res.body).not.toContain('<script>alert')
      expect(res.body).not.toContain('<img src=x')
      const scripts = [...res.body.matchAll(/<script\b[^>]*>/g)].map((m) => m[0])
      expect(scripts.every((s) => s === '<script type="application/ld+json">')).toBe(true)
      const link = await api.call({
        as: me,
        method: 'POST',
        url: `/api/v1/articles/${a.id}/preview`,
        payload: {
          body: {
            type: 'doc',
            content: [
              {
                type: 'paragraph',
                content: [
                  {
                    type: 'text',
                    text: 'x',
                    marks: [{ type: 'link', attrs: { href: hostile.href } }],
                  },
                ],
              },
            ],
          },
        },
      })
      expect(link.statusCode).toBe(400)
      expect(link.headers['content-type']).toMatch(/problem\+json/)
    })

    it('is for those who may edit the story: 401 anonymous, 404 a contributor on another’s draft', async () => {
      const owner = await api.user('author')
      const a = await draft(owner)
      const anon = await api.call({ method: 'POST', url: `/api/v1/articles/${a.id}/preview` })
      expect(anon.statusCode).toBe(401)
      const other = await api.user('contributor')
      const res = await api.call({
        as: other,
        method: 'POST',
        url: `/api/v1/articles/${a.id}/preview`,
      })
      expect(res.statusCode).toBe(404)
      const editor = await api.user('editor')
      const ok = await api.call({
        as: editor,
        method: 'POST',
        url: `/api/v1/articles/${a.id}/preview`,
      })
      expect(ok.statusCode).toBe(200)
    })
  })

  describe('share links', () => {
    it('shows the latest saved version to anyone holding the link, for 24 hours', async () => {
      const me = await api.user('author')
      const a = await draft(me)
      const res = await api.call({
        as: me,
        method: 'POST',
        url: `/api/v1/articles/${a.id}/share-links`,
      })
      expect(res.statusCode).toBe(201)
      const link = res.json<{ id: string; url: string; expiresAt: string; createdAt: string }>()
      expect(link.url).toMatch(/^https:\/\/news\.example\.com\/preview\/[A-Za-z0-9_-]{40,}$/)
      expect(Date.parse(link.expiresAt) - Date.parse(link.createdAt)).toBe(24 * 3600 * 1000)
      const path = new URL(link.url).pathname
      await api.call({
        as: me,
        method: 'PATCH',
        url: `/api/v1/articles/${a.id}`,
        headers: { 'if-match': '"1"' },
        payload: { headline: 'Second saved headline' },
      })
      const page = await api.app.inject(path)
      expect(page.statusCode).toBe(200)
      expect(page.body).toContain('Second saved headline')
      expect(page.body).toContain('<meta name="robots" content="noindex"')
      expect(page.headers['x-robots-tag']).toContain('noindex')
      expect(page.headers['cache-control']).toBe('no-store, private')
      expect(page.headers['content-security-policy']).toContain("script-src 'none'")

      api.db.clock.advance(24 * 3600 * 1000)
      const expired = await api.app.inject(path)
      expect(expired.statusCode).toBe(404)
      expect(expired.headers['content-type']).toMatch(/^text\/html/)
      expect(expired.headers['cache-control']).toBe('no-store, private')
      expect(expired.body).not.toContain('Second saved headline')
    })

    it('lists working links without their secret, and a revoked link is 404 at once', async () => {
      const me = await api.user('author')
      const a = await draft(me)
      const created = (
        await api.call({ as: me, method: 'POST', url: `/api/v1/articles/${a.id}/share-links` })
      ).json<{ id: string; url: string }>()
      const list = await api.call({ as: me, url: `/api/v1/articles/${a.id}/share-links` })
      expect(list.statusCode).toBe(200)
      const items = list.json<{ items: Record<string, unknown>[] }>().items
      expect(items.map((i) => i.id)).toEqual([created.id])
      expect(JSON.stringify(items)).not.toContain(new URL(created.url).pathname.slice(9))
      const stored = await api.db.store.db.selectFrom('share_links').selectAll().execute()
      expect(stored.some((r) => r.token_hash.includes(created.url.split('/').pop() ?? '-'))).toBe(
        false,
      )

      const path = new URL(created.url).pathname
      expect((await api.app.inject(path)).statusCode).toBe(200)
      const revoke = await api.call({
        as: me,
        method: 'DELETE',
        url: `/api/v1/articles/${a.id}/share-links/${created.id}`,
      })
      expect(revoke.statusCode).toBe(204)
      expect((await api.app.inject(path)).statusCode).toBe(404)
      const again = await api.call({
        as: me,
        method: 'DELETE',
        url: `/api/v1/articles/${a.id}/share-links/${created.id}`,
      })
      expect(again.statusCode).toBe(404)
      const after = await api.call({ as: me, url: `/api/v1/articles/${a.id}/share-links` })
      expect(after.json<{ items: unknown[] }>().items).toEqual([])
      expect((await api.app.inject('/preview/not-a-real-token-at-all-000')).statusCode).toBe(404)
    })

    it('writes the audit log and keeps others out', async () => {
      const me = await api.user('author')
      const a = await draft(me)
      const created = (
        await api.call({ as: me, method: 'POST', url: `/api/v1/articles/${a.id}/share-links` })
      ).json<{ id: string }>()
      await api.call({
        as: me,
        method: 'DELETE',
        url: `/api/v1/articles/${a.id}/share-links/${created.id}`,
      })
      const rows = await api.db.store.db
        .selectFrom('audit_log')
        .select(['action', 'actor_user_id'])
        .where('subject_id', '=', a.id)
        .where('action', 'like', 'article.share-link.%')
        .orderBy('id')
        .execute()
      expect(rows).toEqual([
        { action: 'article.share-link.create', actor_user_id: me.userId },
        { action: 'article.share-link.revoke', actor_user_id: me.userId },
      ])
      const stranger = await api.user('contributor')
      const res = await api.call({
        as: stranger,
        method: 'POST',
        url: `/api/v1/articles/${a.id}/share-links`,
      })
      expect(res.statusCode).toBe(404)
    })
  })

  describe('presence', () => {
    it('shows who else has the story open, and drops them after 60 s of silence or on leaving', async () => {
      const ana = await api.user('editor')
      const ben = await api.user('editor')
      const a = await draft(ana)
      const first = await api.call({
        as: ana,
        method: 'POST',
        url: `/api/v1/articles/${a.id}/presence`,
      })
      expect(first.statusCode).toBe(200)
      expect(first.json()).toEqual({ items: [] })
      api.db.clock.advance(5_000)
      const seen = await api.call({
        as: ben,
        method: 'POST',
        url: `/api/v1/articles/${a.id}/presence`,
      })
      const others = seen.json<{ items: { userId: string; name: string; since: string }[] }>()
      expect(others.items).toHaveLength(1)
      expect(others.items[0]).toMatchObject({
        userId: ana.userId,
        name: expect.stringMatching(/editor/),
      })
      const since = others.items[0]?.since
      api.db.clock.advance(20_000)
      await api.call({ as: ana, method: 'POST', url: `/api/v1/articles/${a.id}/presence` })
      const still = await api.call({ as: ben, url: `/api/v1/articles/${a.id}/presence` })
      expect(still.json<{ items: { since: string }[] }>().items[0]?.since).toBe(since)

      api.db.clock.advance(61_000)
      const gone = await api.call({ as: ben, url: `/api/v1/articles/${a.id}/presence` })
      expect(gone.json()).toEqual({ items: [] })

      await api.call({ as: ana, method: 'POST', url: `/api/v1/articles/${a.id}/presence` })
      const left = await api.call({
        as: ana,
        method: 'DELETE',
        url: `/api/v1/articles/${a.id}/presence`,
      })
      expect(left.statusCode).toBe(204)
      expect(
        (await api.call({ as: ben, url: `/api/v1/articles/${a.id}/presence` })).json(),
      ).toEqual({
        items: [],
      })
    })

    it('is shared between app processes through the database', async () => {
      const ana = await api.user('editor')
      const ben = await api.user('editor')
      const a = await draft(ana)
      const other = api.db.openAnother()
      try {
        const anaActor = await other.services.accounts.actorForUser({ userId: ana.userId })
        await other.services.articles.markPresent({ actor: anaActor, id: a.id })
        const res = await api.call({ as: ben, url: `/api/v1/articles/${a.id}/presence` })
        expect(res.json<{ items: { userId: string }[] }>().items.map((p) => p.userId)).toEqual([
          ana.userId,
        ])
      } finally {
        await other.store.close()
      }
    })

    it('hides drafts from those who may not see them', async () => {
      const owner = await api.user('contributor')
      const a = await draft(owner)
      const stranger = await api.user('contributor')
      const res = await api.call({
        as: stranger,
        method: 'POST',
        url: `/api/v1/articles/${a.id}/presence`,
      })
      expect(res.statusCode).toBe(404)
    })
  })

  it('lists revisions with the name of who saved them', async () => {
    const me = await api.user('author')
    const a = await draft(me)
    const res = await api.call({ as: me, url: `/api/v1/articles/${a.id}/revisions` })
    expect(res.json<{ items: { actorName: string }[] }>().items[0]?.actorName).toMatch(
      /^author \d+$/,
    )
  })
})
