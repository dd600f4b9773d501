/**
 * Attributed reporting: how a story's statements are sourced, and what kind of work the story is.
 * Pure types and rules, importable by the newsroom app.
 */

/** The type of work a story is, shown to readers as a label and to machines as its JSON-LD type. */
export const workTypes = ['news', 'analysis', 'opinion', 'review', 'explainer', 'sponsored'] as const
export type WorkType = (typeof workTypes)[number]

export const isWorkType = (value: unknown): value is WorkType =>
  typeof value === 'string' && (workTypes as readonly string[]).includes(value)
