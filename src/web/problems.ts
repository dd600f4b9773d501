import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'
import type { ErrorCode, FieldError } from '../domain/errors.js'
import {
  ConflictError,
  DatabaseUnavailableError,
  DomainError,
  InvalidInputError,
  MissingBylineError,
  StaleRevisionError,
  UnsignedAnonymousSourceError,
  TooManyRequestsError,
} from '../domain/errors.js'

/** The only table from domain error codes to HTTP statuses (RFC 9110). */
export const statusByCode: Record<ErrorCode, number> = {
  'not-found': 404,
  forbidden: 403,
  'password-change-required': 403,
  unauthenticated: 401,
  'session-expired': 401,
  'invalid-input': 400,
  'stale-revision': 409,
  'invalid-transition': 409,
  duplicate: 409,
  conflict: 409,
  'too-many-requests': 429,
  'payload-too-large': 413,
  'unsupported-media': 415,
  'missing-byline': 409,
  'unsigned-anonymous-source': 422,
  'database-unavailable': 503,
  'insufficient-storage': 507,
}

const titles: Record<number, string> = {
  400: 'Invalid input',
  401: 'Not signed in',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  413: 'Payload too large',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  428: 'Precondition required',
  429: 'Too many requests',
  500: 'Internal server error',
  503: 'Service unavailable',
  507: 'Insufficient storage',
}

/** An RFC 9457 problem document. */
export interface Problem {
  type: string
  title: string
  status: number
  detail: string
  code?: string
  errors?: FieldError[]
  requestId?: string
  [extension: string]: unknown
}

export function problem(status: number, detail: string, extra: Partial<Problem> = {}): Problem {
  return { type: 'about:blank', title: titles[status] ?? 'Error', status, detail, ...extra }
}

/** Turns any thrown error into a problem: domain errors by table, schema and parser errors as 400/413. */
export function toProblem(error: unknown, requestId: string): Problem {
  if (error instanceof DomainError) {
    const status = statusByCode[error.code]
    const extra: Partial<Problem> = { code: error.code }
    if (
      error instanceof InvalidInputError ||
      error instanceof MissingBylineError ||
      error instanceof UnsignedAnonymousSourceError
    )
      extra.errors = error.errors
    if (error instanceof StaleRevisionError) extra.currentRevision = error.current
    if (error instanceof ConflictError) Object.assign(extra, error.details)
    return problem(status, error.message, extra)
  }
  const fe = error as Partial<FastifyError> & {
    validation?: { instancePath?: string; message?: string; params?: Record<string, unknown> }[]
  }
  if (Array.isArray(fe.validation)) {
    const errors = fe.validation.map((v) => {
      const extra = v.params?.additionalProperty ?? v.params?.missingProperty
      const path = `${(v.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.')}${typeof extra === 'string' ? `${v.instancePath ? '.' : ''}${extra}` : ''}`
      return {
        field: path === '' ? (fe.validationContext ?? 'body') : path,
        message: v.message ?? 'is invalid',
      }
    })
    return problem(400, 'The request failed validation; see errors for each field.', {
      code: 'invalid-input',
      errors,
    })
  }
  const status =
    typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500
      ? fe.statusCode
      : 500
  if (status === 413)
    return problem(413, 'The request body is larger than this endpoint accepts.', {
      code: 'payload-too-large',
    })
  if (status === 415)
    return problem(415, 'This content type is not accepted here.', { code: 'unsupported-media' })
  if (status < 500)
    return problem(
      status,
      fe.message ?? 'The request is invalid.',
      status === 400 ? { code: 'invalid-input' } : {},
    )
  return problem(
    500,
    `Something went wrong on our side. Quote request id ${requestId} when reporting it.`,
    { requestId },
  )
}

/** Sends a problem+json answer (Retry-After on 429 and on 503, RFC 9110 §10.2.3). */
export function sendProblem(reply: FastifyReply, p: Problem, error?: unknown): FastifyReply {
  if (error instanceof TooManyRequestsError || error instanceof DatabaseUnavailableError)
    void reply.header('retry-after', String(error.retryAfterSeconds))
  return reply.status(p.status).type('application/problem+json; charset=utf-8').send(p)
}

/** The error handler for JSON areas (API, health): full error to the log on 5xx, plain detail out. */
export function problemHandler(
  error: unknown,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  const p = toProblem(error, request.id)
  if (p.status >= 500) request.log.error({ err: error }, 'request failed')
  return sendProblem(reply, p, error)
}
