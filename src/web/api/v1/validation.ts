import { Ajv } from 'ajv'
import addFormatsModule from 'ajv-formats'
import type { FastifySchemaCompiler } from 'fastify'

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
