import { readFileSync } from 'node:fs'
import { Validator } from '@seriousme/openapi-schema-validator'
import { describe, expect, it } from 'vitest'
import { errorCodes } from '../../../src/domain/errors.js'
import { useApi } from './support.js'

type Doc = {
  openapi: string
  paths: Record<
    string,
    Record<
      string,
      { requestBody?: { content: Record<string, { schema: { additionalProperties?: unknown } }> } }
    >
  >
}

describe('api self-description', () => {
  const api = useApi()

  it('serves a valid OpenAPI 3.1 document generated from the route schemas', async () => {
    const res = await api.call({ url: '/api/v1/openapi.json' })
    expect(res.statusCode).toBe(200)
    const doc = res.json<Doc>()
    expect(doc.openapi).toBe('3.1.0')
    const validator = new Validator()
    const result = await validator.validate(doc)
    expect(result.errors ?? []).toEqual([])
    expect(result.valid).toBe(true)
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/articles',
        '/api/v1/articles/{id}',
        '/api/v1/session',
        '/api/v1/media',
      ]),
    )
  })

  it('closes every JSON request body against unknown fields', async () => {
    const doc = (await api.call({ url: '/api/v1/openapi.json' })).json<Doc>()
    const bodies = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item).flatMap(([method, op]) => {
        const schema = op.requestBody?.content['application/json']?.schema
        return schema === undefined
          ? []
          : [{ route: `${method} ${path}`, closed: schema.additionalProperties === false }]
      }),
    )
    expect(bodies.length).toBeGreaterThan(20)
    expect(bodies.filter((b) => !b.closed)).toEqual([])
  })

  it('renders a readable reference page without outside assets', async () => {
    const res = await api.call({ url: '/api/docs' })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toContain('text/html')
    expect(res.body).toContain('/api/v1/articles/{id}/publish')
    expect(res.body).not.toMatch(/<script|<link[^>]+stylesheet|src="http/)
  })

  it('answers unknown API routes with problem+json', async () => {
    const res = await api.call({ url: '/api/v1/nothing-here' })
    expect(res.statusCode).toBe(404)
    expect(res.headers['content-type']).toContain('application/problem+json')
    expect(res.json()).toMatchObject({ status: 404, title: 'Not found', code: 'not-found' })
  })

  it('documents every error code in docs/errors.md', () => {
    const text = readFileSync(new URL('../../../docs/errors.md', import.meta.url), 'utf8')
    const missing = Object.keys(errorCodes).filter((code) => !text.includes(`\`${code}\``))
    expect(missing).toEqual([])
  })
})
