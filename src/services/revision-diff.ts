import { diffWords } from 'diff'
import type { RevisionSnapshot } from '../domain/article.js'
import { documentText } from '../domain/block-document.js'
import { NotFoundError } from '../domain/errors.js'
import type { Actor } from '../domain/roles.js'
import type { Deps } from './deps.js'
import { getArticle } from './queries.js'

export interface TextChange {
  op: 'equal' | 'insert' | 'delete'
  value: string
}

export interface RevisionDiff {
  from: number
  to: number
  /** Every field whose value differs, with both values (references as slugs or names). */
  fields: { field: string; before: unknown; after: unknown }[]
  /** Word-level changes of the text fields that differ. */
  text: { field: 'headline' | 'dek' | 'excerpt' | 'body'; changes: TextChange[] }[]
}

const textFields = ['headline', 'dek', 'excerpt', 'body'] as const

/**
 * Compares two revisions of an article the actor may see: which fields changed, and a word diff
 * of the headline, dek, excerpt and body text. Throws NotFoundError.
 */
export async function diffRevisions(
  deps: Deps,
  actor: Actor,
  id: string,
  from: number,
  to: number,
): Promise<RevisionDiff> {
  await getArticle(deps, actor, id)
  const [a, b] = await Promise.all([
    deps.store.revisions.find(id, from),
    deps.store.revisions.find(id, to),
  ])
  if (a === null) throw new NotFoundError('revision', `${id}@${from}`)
  if (b === null) throw new NotFoundError('revision', `${id}@${to}`)
  const [before, after] = await Promise.all([
    readable(deps, a.snapshot),
    readable(deps, b.snapshot),
  ])
  const fields = Object.keys(after).flatMap((field) =>
    JSON.stringify(before[field]) === JSON.stringify(after[field])
      ? []
      : [{ field, before: before[field], after: after[field] }],
  )
  const textOf = (s: RevisionSnapshot, field: (typeof textFields)[number]): string =>
    field === 'body' ? documentText(s.body) : s[field]
  const text = textFields.flatMap((field) => {
    const [x, y] = [textOf(a.snapshot, field), textOf(b.snapshot, field)]
    if (x === y) return []
    const changes = diffWords(x, y).map((c): TextChange => ({
      op: c.added ? 'insert' : c.removed ? 'delete' : 'equal',
      value: c.value,
    }))
    return [{ field, changes }]
  })
  return { from, to, fields, text }
}

/** A snapshot with ids replaced by the slugs and names people recognise. */
async function readable(deps: Deps, s: RevisionSnapshot): Promise<Record<string, unknown>> {
  const { sectionIds, tagIds, authorIds, ...rest } = s
  const sections = await Promise.all(sectionIds.map((id) => deps.store.sections.findById(id)))
  const tags = await Promise.all(tagIds.map((id) => deps.store.tags.findById(id)))
  const authors = await deps.store.authors.findManyByIds(authorIds)
  return {
    ...rest,
    sections: sections.map((x, i) => x?.slug ?? sectionIds[i]),
    tags: tags.map((x, i) => x?.name ?? tagIds[i]),
    authors: authors.map((x) => x.slug),
  }
}
