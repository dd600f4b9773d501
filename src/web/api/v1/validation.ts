import { Ajv } from 'ajv'
import { Type } from 'typebox'
import addFormatsModule from 'ajv-formats'
import type { FastifySchema, FastifySchemaCompiler, RouteOptions } from 'fastify'
import { InvalidInputError } from '../../../domain/errors.js'

// ajv-formats is CommonJS; its default export arrives wrapped under NodeNext resolution.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv

/**
 * The API's own validators. Fastify's default Ajv removes unknown properties silently; the API
 * must reject them instead, and list every failing field (allErrors). Bodies are never coerced
 * ("1" is not 1); query strings, params and headers arrive as text and are coerced.
 */
export function apiValidatorCompiler(): FastifySchemaCompiler<unknown> {
  const common = { allErrors: true, removeAdditional: false, useDefaults: true, strict: false }
  const body = addFormats(new Ajv({ ...common, coerceTypes: false }))
  const text = addFormats(new Ajv({ ...common, coerceTypes: 'array' }))
  return ({ schema, httpPart }) =>
    (httpPart === 'body' ? body : text).compile(schema as object) as ReturnType<
      FastifySchemaCompiler<unknown>
    >
}

/** The path of the first string holding a NUL character, or null. */
function findNul(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null
  if (typeof value !== 'object' || value === null) return null
  for (const [key, inner] of Object.entries(value)) {
    const found = findNul(inner, path === '' ? key : `${path}.${key}`)
    if (found !== null) return found
  }
  return null
}

/**
 * PostgreSQL text cannot hold U+0000 (SQLite can), so no input may carry it: refused here with
 * the field's name rather than failing in the database on one dialect only.
 */
export function rejectNulCharacters(request: {
  body?: unknown
  params?: unknown
  query?: unknown
}): void {
  const field =
    findNul(request.params, '') ?? findNul(request.query, '') ?? findNul(request.body, '')
  if (field !== null)
    throw new InvalidInputError('Text may not contain NUL characters.', [
      { field: field === '' ? 'body' : field, message: 'must not contain U+0000' },
    ])
}

/**
 * The body of an action that takes none: nothing, `null` or `{}`. Anything else is refused, so a
 * client that sends fields the route does not read (`{"bogus":1}` to unpublish) learns it.
 */
export const NoBody = Type.Unsafe<Record<string, never> | null>({
  type: ['object', 'null'],
  properties: {},
  additionalProperties: false,
  description: 'No body, or an empty object',
})

/** A query string with no parameters. */
const NoQuery = { type: 'object', properties: {}, additionalProperties: false } as const

const withBody = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/**
 * Unknown input is refused everywhere: a route that declares no body schema (a mutation) or no
 * query schema gets one that allows nothing, so no route silently ignores a field. Multipart
 * routes (`consumes`) read their own parts. Hidden routes (the OpenAPI document) are left alone.
 */
export function closeUnknownInputs(route: RouteOptions): void {
  const schema: FastifySchema & { hide?: boolean } = route.schema ?? {}
  if (schema.hide === true) return
  const methods = Array.isArray(route.method) ? route.method : [route.method]
  const next = { ...schema }
  if (next.querystring === undefined) next.querystring = NoQuery
  if (
    next.body === undefined &&
    next.consumes === undefined &&
    methods.some((m) => withBody.has(m))
  )
    next.body = NoBody
  route.schema = next
}
