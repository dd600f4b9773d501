import { readFileSync } from 'node:fs'
import { Validator } from '@seriousme/openapi-schema-validator'
import { describe, expect, it } from 'vitest'
import { errorCodes } from '../../../src/domain/errors.js'
import { useApi } from './support.js'

type Schema = { [key: string]: unknown }
type Operation = {
  requestBody?: { required?: boolean; content: Record<string, { schema: Schema }> }
  parameters?: { in: string; name: string }[]
}
type Doc = { openapi: string; paths: Record<string, Record<string, Operation>> }

/** Every object schema inside a schema (properties, items, unions), with its JSON path. */
function objectSchemas(schema: unknown, path: string): { path: string; schema: Schema }[] {
  if (typeof schema !== 'object' || schema === null) return []
  const s = schema as Schema
  const own =
    s.properties !== undefined ||
    s.type === 'object' ||
    (Array.isArray(s.type) && s.type.includes('object'))
      ? [{ path, schema: s }]
      : []
  const props = Object.entries((s.properties ?? {}) as Record<string, unknown>).flatMap(([k, v]) =>
    objectSchemas(v, `${path}.${k}`),
  )
  const branches = ['anyOf', 'oneOf', 'allOf'].flatMap((k) =>
    ((s[k] ?? []) as unknown[]).flatMap((v, i) => objectSchemas(v, `${path}.${k}[${i}]`)),
  )
  return [...own, ...props, ...branches, ...objectSchemas(s.items, `${path}[]`)]
}

const operations = (doc: Doc) =>
  Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({ method, path, op })),
  )

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

  it('forbids unknown properties in every object of every request body, nested ones too', async () => {
    const doc = (await api.call({ url: '/api/v1/openapi.json' })).json<Doc>()
    const open = operations(doc).flatMap(({ method, path, op }) =>
      Object.values(op.requestBody?.content ?? {}).flatMap(({ schema }) =>
        objectSchemas(schema, `${method} ${path} body`)
          .filter((o) => o.schema.additionalProperties !== false)
          .map((o) => o.path),
      ),
    )
    expect(open).toEqual([])
  })

  it('gives every mutation a body schema, so a body nobody reads is refused', async () => {
    const doc = (await api.call({ url: '/api/v1/openapi.json' })).json<Doc>()
    const without = operations(doc)
      .filter(({ method }) => ['post', 'put', 'patch', 'delete'].includes(method))
      .filter(({ op }) => op.requestBody === undefined)
      // The upload is multipart: its route reads and checks each part itself.
      .filter(({ method, path }) => `${method} ${path}` !== 'post /api/v1/media')
      .map(({ method, path }) => `${method} ${path}`)
    expect(without).toEqual([])
    const unpublish = doc.paths['/api/v1/articles/{id}/unpublish']?.post?.requestBody
    expect(unpublish?.required).toBe(false)
  })

  it('refuses unknown query parameters on every route that takes no body', async () => {
    const admin = await api.user('admin')
    const doc = (await api.call({ url: '/api/v1/openapi.json' })).json<Doc>()
    const accepted: string[] = []
    for (const { method, path, op } of operations(doc)) {
      if (op.requestBody?.required === true) continue
      const res = await api.call({
        as: admin,
        method: method.toUpperCase(),
        url: `${path.replace(/\{[^}]+\}/g, '1')}?bogus=1`,
      })
      const fields =
        res.statusCode === 400 ? res.json<{ errors?: { field: string }[] }>().errors : []
      if (!(fields ?? []).some((e) => e.field === 'bogus')) accepted.push(`${method} ${path}`)
    }
    expect(accepted).toEqual([])
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
