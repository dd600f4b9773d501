import type { FastifyRequest } from 'fastify'
import { articlePath } from '../../../domain/permalink.js'
import type { Config } from '../../../config.js'
import { InvalidInputError, UnauthenticatedError } from '../../../domain/errors.js'
import type { Actor } from '../../../domain/roles.js'
import type { Services } from '../../../services/index.js'
import type { Article } from '../../../domain/article.js'
import type { Settings } from '../../../domain/settings.js'
import { publicOrigin } from '../../origin.js'

export interface ApiOptions {
  services: Services
  config: Config
}

/** The signed-in actor, or 401. */
export function requireActor(request: FastifyRequest): Actor {
  if (request.actor === null) throw new UnauthenticatedError('Sign in or send an API token.')
  return request.actor
}

/** The public origin: the configured one, else the settings', else the request's `Host`. */
export function originOf(request: FastifyRequest, config: Config, settings: Settings): string {
  return publicOrigin(request, config.publicUrl, settings.publicUrl)
}

/** What presenters need to build public URLs. */
export async function linkFor(request: FastifyRequest, { services, config }: ApiOptions) {
  const settings = await services.settings.get()
  return {
    origin: originOf(request, config, settings),
    settings,
    path: (a: Article, s: Settings) => articlePath(a, s),
  }
}

/** What a signed-in caller may do with one story, and who created it; nothing for anonymous readers. */
export async function viewerFor(
  request: FastifyRequest,
  { services }: ApiOptions,
  article: Article,
) {
  return request.actor === null
    ? undefined
    : services.articles.viewerOf({ actor: request.actor, article })
}

/** An HTTP-only rule (RFC 6585): saves must say which revision they edit. */
class PreconditionRequired extends Error {
  readonly statusCode = 428
}

/** Reads `If-Match: "<revision>"` (a weak tag or a bare number is accepted too). */
export function requireIfMatch(header: string | undefined): number {
  if (header === undefined || header.trim() === '')
    throw new PreconditionRequired(
      'Send If-Match: "<revision>" with the revision this edit is based on.',
    )
  return parseIfMatch(header)
}

export function parseIfMatch(header: string): number {
  const match = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(header)
  if (match === null)
    throw new InvalidInputError('The If-Match header is not a revision.', [
      { field: 'If-Match', message: 'must be a revision number in quotes, e.g. "3"' },
    ])
  return Number(match[1])
}

/**
 * A `cursor` query parameter read by the codec of its meaning (`domain/cursors.ts`); null when
 * absent. Garbage, or a cursor of another list, is a 400 `invalid-input` on `cursor`.
 */
export function readCursor<T>(
  token: string | undefined,
  decode: (token: string) => T | null,
): T | null {
  if (token === undefined) return null
  const value = decode(token)
  if (value === null)
    throw new InvalidInputError('The cursor is not valid.', [
      { field: 'cursor', message: 'use the nextCursor of a previous page' },
    ])
  return value
}
