import { renameSpeakerEntity } from '../../domain/attribution.js'
import type { Entity, EntityInput, EntityKind } from '../../domain/entity.js'
import { cleanAliases, entityInputErrors, entityKinds, foldName } from '../../domain/entity.js'
import { ConflictError, InvalidInputError, NotFoundError } from '../../domain/errors.js'
import type { Actor } from '../../domain/roles.js'
import type { ArticleStatus } from '../../domain/workflow.js'
import { requireRole } from '../../domain/roles.js'
import type { Repos } from '../../store/index.js'
import type { Deps } from '../deps.js'
import { audit, nowIso } from '../deps.js'
import { recordRevision } from '../articles/history.js'

export type { Entity, EntityInput, EntityKind } from '../../domain/entity.js'

const clean = (v: string | null | undefined): string | null =>
  v === undefined || v === null || v.trim() === '' ? null : v.trim()

function check(input: EntityInput, creating: boolean): void {
  const errors = entityInputErrors(input, creating)
  if (errors.length > 0)
    throw new InvalidInputError('The person or organisation is invalid.', errors)
}

async function load(tx: Repos, id: string): Promise<Entity> {
  const entity = await tx.entities.findById(id)
  if (entity === null) throw new NotFoundError('entity', id)
  return entity
}

/**
 * People and organisations (docs/attribution.md): authors and up search and create them as a
 * story first names them; editors and up merge duplicates.
 */
export function entityServices(deps: Deps) {
  return {
    /** Entities whose name or an alias contains `query`, ignoring case and diacritics. */
    async search({
      actor,
      query = '',
      kind = null,
      limit = 20,
    }: {
      actor: Actor
      query?: string
      kind?: EntityKind | null
      limit?: number
    }): Promise<Entity[]> {
      requireRole(actor, 'author', 'look up people and organisations')
      if (kind !== null && !entityKinds.includes(kind))
        throw new InvalidInputError('The kind is invalid.', [
          { field: 'kind', message: 'must be person or organization' },
        ])
      return deps.store.entities.search(foldName(query).slice(0, 200), kind, Math.min(limit, 100))
    },

    /** One entity by id (merged ones too: `mergedInto` says where it went). */
    async get({ actor, id }: { actor: Actor; id: string }): Promise<Entity> {
      requireRole(actor, 'author', 'look up people and organisations')
      return load(deps.store, id)
    },

    async create({ actor, input }: { actor: Actor; input: EntityInput }): Promise<Entity> {
      requireRole(actor, 'author', 'add people and organisations')
      check(input, true)
      const now = nowIso(deps)
      const name = (input.name ?? '').trim().replace(/\s+/g, ' ')
      const entity: Entity = {
        id: deps.ids.uuid(),
        kind: input.kind as EntityKind,
        name,
        aliases: cleanAliases(name, input.aliases ?? []),
        description: clean(input.description),
        wikidataId: clean(input.wikidataId),
        mergedInto: null,
        createdAt: now,
        updatedAt: now,
      }
      await deps.store.transaction(async (tx) => {
        await tx.entities.insert(entity)
        await audit(tx, deps, actor, 'entity.create', { type: 'entity', id: entity.id }, { name })
      })
      return entity
    },

    async update({
      actor,
      id,
      changes,
    }: {
      actor: Actor
      id: string
      changes: EntityInput
    }): Promise<Entity> {
      requireRole(actor, 'author', 'change people and organisations')
      check(changes, false)
      const updated = await deps.store.transaction(async (tx) => {
        const current = await load(tx, id)
        if (current.mergedInto !== null)
          throw new ConflictError(
            `This record was merged into ${current.mergedInto}; edit that one.`,
            {
              mergedInto: current.mergedInto,
            },
          )
        const name = changes.name?.trim().replace(/\s+/g, ' ') ?? current.name
        const next: Entity = {
          ...current,
          kind: changes.kind ?? current.kind,
          name,
          aliases: cleanAliases(name, changes.aliases ?? current.aliases),
          description:
            changes.description === undefined ? current.description : clean(changes.description),
          wikidataId:
            changes.wikidataId === undefined ? current.wikidataId : clean(changes.wikidataId),
          updatedAt: nowIso(deps),
        }
        await tx.entities.update(next)
        await audit(tx, deps, actor, 'entity.update', { type: 'entity', id })
        return next
      })
      // Story pages name it in their JSON-LD (its kind, its Wikidata id).
      deps.events.emit({ type: 'entity.changed', entityId: id })
      return updated
    },

    /**
     * Merges a duplicate into a survivor: the duplicate keeps its row with `mergedInto`, its name
     * and aliases join the survivor's aliases, and every story whose attributions name it is
     * rewritten (a new revision) to name the survivor. Answers the survivor.
     */
    async merge({ actor, id, into }: { actor: Actor; id: string; into: string }): Promise<Entity> {
      requireRole(actor, 'editor', 'merge people and organisations')
      if (id === into)
        throw new InvalidInputError('A record cannot be merged into itself.', [
          { field: 'into', message: 'must be another record' },
        ])
      const done = await deps.store.transaction(async (tx) => {
        const gone = await load(tx, id)
        const survivor = await load(tx, into)
        if (gone.mergedInto !== null || survivor.mergedInto !== null)
          throw new ConflictError('One of these records was already merged into another.', {
            mergedInto: gone.mergedInto ?? survivor.mergedInto,
          })
        const now = nowIso(deps)
        const kept: Entity = {
          ...survivor,
          aliases: cleanAliases(survivor.name, [...survivor.aliases, gone.name, ...gone.aliases]),
          description: survivor.description ?? gone.description,
          wikidataId: survivor.wikidataId ?? gone.wikidataId,
          updatedAt: now,
        }
        await tx.entities.update(kept)
        await tx.entities.update({ ...gone, mergedInto: survivor.id, updatedAt: now })
        await tx.entities.repointMerged(gone.id, survivor.id)
        const rewritten: { id: string; status: ArticleStatus }[] = []
        for (const articleId of await tx.entities.articleIdsNaming(gone.id)) {
          const article = await tx.articles.findById(articleId)
          if (article === null) continue
          const attributions = renameSpeakerEntity(article.attributions, gone.id, survivor)
          if (attributions === null) continue
          const next = { ...article, attributions, editedAt: now, revision: article.revision + 1 }
          if (!(await tx.articles.updateIfRevision(next, article.revision))) continue
          await recordRevision(tx, deps, actor, next)
          rewritten.push({ id: next.id, status: next.status })
        }
        await audit(
          tx,
          deps,
          actor,
          'entity.merge',
          { type: 'entity', id: gone.id },
          { into: survivor.id, stories: rewritten.map((r) => r.id) },
        )
        return { kept, rewritten }
      })
      for (const story of done.rewritten) {
        const lists = await deps.store.articles.feedKeys(story.id)
        deps.events.emit({
          type: 'article.updated',
          articleId: story.id,
          status: story.status,
          lists: { before: lists, after: lists },
        })
      }
      return done.kept
    },
  }
}
