import { ApiProblem } from '../api/client'

/** A form-level message: the problem's detail, or a plain sentence. */
export function FormAlert({ error, children }: { error?: unknown; children?: string }) {
  if (error == null && children === undefined) return null
  const text =
    children ??
    (error instanceof ApiProblem
      ? error.detail || error.title
      : error instanceof Error
        ? error.message
        : 'Something went wrong.')
  return (
    <p className="alert" role="alert">
      {text}
    </p>
  )
}

/** The message a problem gives for one field, if any. */
export const fieldError = (error: unknown, field: string): string | undefined =>
  error instanceof ApiProblem ? error.fieldMessage(field) : undefined
