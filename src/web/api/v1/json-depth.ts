import type { FastifyInstance } from 'fastify'
import { InvalidInputError } from '../../../domain/errors.js'

/**
 * How deep a JSON request body may nest. The deepest body the API takes is an article: a block
 * document nests at most `documentLimits.maxDepth` (12) nodes, two JSON levels each (the node and
 * its `content`), plus marks, attributes and the request's own wrapper: about 30 levels.
 */
const maxJsonDepth = 64

const open1 = 0x5b // [
const open2 = 0x7b // {
const close1 = 0x5d // ]
const close2 = 0x7d // }
const quote = 0x22
const backslash = 0x5c

/**
 * Whether a JSON text nests arrays and objects deeper than `limit`, found by one pass over the
 * text that counts brackets outside strings, before anything is parsed. Hand-written because the
 * check must not recurse or build objects: a body of 100,000 `[` parses (V8's JSON.parse is
 * iterative), then overflows the stack of every recursive walk after it (our NUL check, schema
 * validation, the document validator) and answered 500. No JSON library in the project offers a
 * depth limit (JSON.parse and secure-json-parse have none).
 */
function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === backslash) i += 1
      else if (c === quote) inString = false
    } else if (c === quote) inString = true
    else if (c === open1 || c === open2) {
      depth += 1
      if (depth > limit) return true
    } else if (c === close1 || c === close2) depth -= 1
  }
  return false
}

/**
 * Replaces the JSON body parser of an encapsulated context with one that refuses bodies nested
 * deeper than `maxJsonDepth` (400, `invalid-input`, field `body`) and otherwise parses exactly as
 * Fastify's default does (prototype-poisoning checks included).
 */
export function limitJsonDepth(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser('error', 'error')
  app.removeContentTypeParser('application/json')
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8')
    if (nestsDeeperThan(text, maxJsonDepth)) {
      done(
        new InvalidInputError(`The JSON body nests deeper than ${maxJsonDepth} levels.`, [
          {
            field: 'body',
            message: `must not nest arrays and objects deeper than ${maxJsonDepth} levels`,
          },
        ]),
        undefined,
      )
      return
    }
    void parse(request, text, done)
  })
}
