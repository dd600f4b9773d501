import { InvalidInputError } from '../../domain/errors.js'
import type { Actor } from '../../domain/roles.js'
import { requireRole } from '../../domain/roles.js'
import type { Author, Section, Tag } from '../../domain/taxonomy.js'
import type { Deps } from '../deps.js'
import { audit, nowIso } from '../deps.js'

/** Every section, ordered by position within each parent. */
export const listSections = (deps: Deps): Promise<Section[]> => deps.store.sections.list()

/** Tags by name; `query` keeps those whose name contains it. */
export const listTags = (deps: Deps, limit = 1000, query = ''): Promise<Tag[]> =>
  deps.store.tags.list(limit, query)

/** Byline profiles by name. */
export const listAuthors = (deps: Deps): Promise<Author[]> => deps.store.authors.list()

/**
 * Puts the sections under one parent (null: the top level) in the given order of slugs, which
 * must name each of them exactly once. Throws ForbiddenError or InvalidInputError.
 */
export async function reorderSections(
  deps: Deps,
  actor: Actor,
  input: { parent: string | null; order: string[] },
): Promise<Section[]> {
  requireRole(actor, 'editor', 'manage sections')
  const sections = await deps.store.transaction(async (tx) => {
    const all = await tx.sections.list()
    const parent = input.parent === null ? null : all.find((s) => s.slug === input.parent)
    if (parent === undefined)
      throw new InvalidInputError('No such parent section.', [
        { field: 'parent', message: `no section “${input.parent ?? ''}”` },
      ])
    const siblings = all.filter((s) => s.parentId === (parent?.id ?? null))
    const wanted = new Set(input.order)
    if (
      wanted.size !== input.order.length ||
      wanted.size !== siblings.length ||
      siblings.some((s) => !wanted.has(s.slug))
    ) {
      throw new InvalidInputError('The order must list every section under this parent once.', [
        { field: 'order', message: `expected each of: ${siblings.map((s) => s.slug).join(', ')}` },
      ])
    }
    const now = nowIso(deps)
    for (const [position, slug] of input.order.entries()) {
      const section = siblings.find((s) => s.slug === slug)
      if (section !== undefined && section.position !== position)
        await tx.sections.update({ ...section, position }, now)
    }
    await audit(
      tx,
      deps,
      actor,
      'section.reorder',
      { type: 'section', id: parent?.id ?? null },
      {
        order: input.order,
      },
    )
    return tx.sections.list()
  })
  deps.events.emit({ type: 'section.changed', sectionId: sections[0]?.id ?? '' })
  return sections
}
