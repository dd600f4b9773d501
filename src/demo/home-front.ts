import type { Zone } from '../domain/fronts.js'
import { viewTypes, zone } from '../domain/fronts.js'
import type { Actor } from '../domain/roles.js'
import type { Services } from '../services/index.js'

/**
 * The demo's edited home page: a lead with two stories beside it, the latest news, a block for
 * each desk (the news desks' stories already fill "Latest") and the opinion columns. Edited
 * rather than the default so that it shows what curation does, and reads on a phone in a few
 * screens.
 */
export async function seedHomeFront(services: Services, actor: Actor): Promise<void> {
  const ids = new Map((await services.taxonomy.listSections()).map((s) => [s.slug, s.id]))
  const opinion = ids.get('opinion')
  const notViews = {
    excludeSectionIds: opinion === undefined ? [] : [opinion],
    excludeWorkTypes: viewTypes,
  }
  const desks = Object.entries({ local: 3, world: 3, business: 3, sport: 3, culture: 3 }).flatMap(
    ([slug, max]) => {
      const sectionId = ids.get(slug)
      return sectionId === undefined
        ? []
        : [zone({ id: slug, kind: 'section', rule: { source: 'section', sectionId }, max })]
    },
  )
  const zones: Zone[] = [
    zone({
      id: 'lead',
      kind: 'lead',
      rule: { source: 'latest' },
      max: 3,
      withPicture: true,
      ...notViews,
    }),
    zone({
      id: 'latest',
      kind: 'latest',
      title: 'Latest',
      rule: { source: 'latest' },
      max: 5,
      ...notViews,
    }),
    ...desks,
    zone({
      id: 'opinion',
      kind: 'opinion',
      title: 'Opinion',
      rule:
        opinion === undefined
          ? { source: 'workType', workType: 'opinion' }
          : { source: 'section', sectionId: opinion },
      max: 3,
    }),
  ]
  const current = await services.fronts.front.get({ actor, front: 'home' })
  await services.fronts.front.save({
    actor,
    front: 'home',
    revision: current.revision,
    layout: { freshDays: 30, zones },
  })
}
