/** Typed domain errors with stable codes; only `src/web/problems.ts` maps them to HTTP statuses. */

export type ErrorCode =
  | 'not-found'
  | 'forbidden'
  | 'password-change-required'
  | 'unauthenticated'
  | 'session-expired'
  | 'invalid-input'
  | 'stale-revision'
  | 'invalid-transition'
  | 'duplicate'
  | 'conflict'
  | 'too-many-requests'
  | 'payload-too-large'
  | 'unsupported-media'
  | 'missing-byline'
  | 'unsigned-anonymous-source'
  | 'database-unavailable'
  | 'insufficient-storage'

/** One failing field of an input, named by its path (`body.content.3.attrs.href`). */
export interface FieldError {
  field: string
  message: string
}

export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode
}

export class NotFoundError extends DomainError {
  readonly code = 'not-found'
  constructor(
    readonly kind: string,
    readonly key: string,
  ) {
    super(`No ${kind} matches “${key}”.`)
  }
}

export class ForbiddenError extends DomainError {
  readonly code = 'forbidden'
}

/** The account signs in with a one-time password and must replace it before anything else. */
export class PasswordChangeRequiredError extends DomainError {
  readonly code = 'password-change-required'
}

export class UnauthenticatedError extends DomainError {
  readonly code = 'unauthenticated'
}

/**
 * The request carried a session cookie that no longer signs anyone in (expired, ended, unknown):
 * answered instead of treating the caller as anonymous, which would quietly show less.
 */
export class SessionExpiredError extends DomainError {
  readonly code = 'session-expired'
  constructor() {
    super('Your session has ended (it expired or was signed out). Sign in again.')
  }
}

export class InvalidInputError extends DomainError {
  readonly code = 'invalid-input'
  constructor(
    message: string,
    readonly errors: FieldError[] = [],
    options?: { cause?: unknown },
  ) {
    super(message, options)
  }
}

export class StaleRevisionError extends DomainError {
  readonly code = 'stale-revision'
  constructor(
    readonly sent: number,
    readonly current: number,
  ) {
    super(
      `This edit was based on revision ${sent}; the article is now at revision ${current}. Reload it and apply your changes again.`,
    )
  }
}

export class InvalidTransitionError extends DomainError {
  readonly code = 'invalid-transition'
  constructor(
    readonly from: string,
    readonly to: string,
    detail?: string,
  ) {
    super(detail ?? `An article cannot move from “${from}” to “${to}”.`)
  }
}

export class DuplicateError extends DomainError {
  readonly code = 'duplicate'
  constructor(
    readonly kind: string,
    readonly field: string,
    readonly value: string,
  ) {
    super(`A ${kind} with ${field} “${value}” already exists.`)
  }
}

/** A story (not a page) cannot go or stay live, or be scheduled, without at least one byline. */
export class MissingBylineError extends DomainError {
  readonly code = 'missing-byline'
  readonly errors: FieldError[] = [
    { field: 'authors', message: 'a story needs at least one byline to be published or scheduled' },
  ]
  constructor() {
    super('Add a byline before publishing or scheduling this story (pages need none).')
  }
}

/**
 * A story cannot go or stay live, or be scheduled, while a quote rests on a background or
 * anonymous source no editor signed off; `errors` names each at `attributions[i]`.
 */
export class UnsignedAnonymousSourceError extends DomainError {
  readonly code = 'unsigned-anonymous-source'
  constructor(readonly errors: FieldError[]) {
    super(
      'An editor must sign off on every unnamed source before this story is published or scheduled.',
    )
  }
}

/** An upload whose content is not a type we accept (detected from the bytes, not the name). */
export class UnsupportedMediaError extends DomainError {
  readonly code = 'unsupported-media'
}

/** Media storage is full (disk or quota): nothing was kept, and the same request works once space returns. */
export class InsufficientStorageError extends DomainError {
  readonly code = 'insufficient-storage'
  constructor(options?: { cause?: unknown }) {
    super(
      'Media storage is full, so the file was not kept. Ask an administrator to free space, then send it again.',
      options,
    )
  }
}

/** A request that is valid on its own but clashes with the current state (e.g. deleting media in use). */
export class ConflictError extends DomainError {
  readonly code = 'conflict'
  constructor(
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message)
  }
}

export class TooManyRequestsError extends DomainError {
  readonly code = 'too-many-requests'
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message)
  }
}

/**
 * The database could not be reached while answering (a restart, a failover, a network fault, or
 * on SQLite another process holding the write lock too long). The request may be sent again after
 * `retryAfterSeconds`; a write that failed this way may or may not have been saved.
 */
export class DatabaseUnavailableError extends DomainError {
  readonly code = 'database-unavailable'
  readonly retryAfterSeconds = 5
  constructor(options?: { cause?: unknown }) {
    super(
      'The database could not be reached just now (a restart, a failover or a network fault). Try again in a few seconds; a change sent with this request may or may not have been saved, so check before sending it again.',
      options,
    )
  }
}

/** Every code with a one-line meaning; `docs/errors.md` is kept in step with this table by a test. */
export const errorCodes: Record<ErrorCode, string> = {
  'not-found': 'The thing asked for does not exist or is not visible to you.',
  forbidden: 'You are signed in but your role does not allow this action.',
  'password-change-required':
    'The account still has its one-time password; change it with `POST /me/password` first.',
  unauthenticated: 'Sign in or send a valid API token.',
  'session-expired':
    'The session cookie sent no longer signs anyone in (expired, ended or unknown); sign in again.',
  'invalid-input': 'The input failed validation; `errors` lists each failing field.',
  'stale-revision': 'The edit was based on an old revision; reload and apply it again.',
  'invalid-transition': 'The workflow does not allow this change of status.',
  duplicate: 'Something with the same unique value (slug, e-mail) already exists.',
  conflict: 'The request clashes with the current state of the content.',
  'too-many-requests': 'Too many attempts; wait for the time given in `Retry-After`.',
  'payload-too-large': 'The request body or upload is over the configured size limit.',
  'unsupported-media': 'The uploaded file is not of an accepted type.',
  'missing-byline': 'A story needs at least one byline to be published or scheduled.',
  'unsigned-anonymous-source':
    'A quote rests on a background or anonymous source no editor has signed off yet.',
  'database-unavailable': 'The database could not be reached; try again after `Retry-After`.',
  'insufficient-storage':
    'Media storage is full; nothing was kept. Send it again once space is freed.',
}
