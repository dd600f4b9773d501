import { InvalidInputError, NotFoundError } from '../../domain/errors.js'
import type { Banner, FrontKey, FrontLayout, Menu } from '../../domain/fronts.js'
import { isLinkTarget, layoutProblems } from '../../domain/fronts.js'
import type { Deps } from '../deps.js'

type Problem = { field: string; message: string }

function fail(what: string, problems: Problem[]): void {
  if (problems.length > 0) throw new InvalidInputError(`This ${what} cannot be saved.`, problems)
}

/** That the front exists: the home page, or a section's. Throws NotFoundError. */
export async function checkFront(deps: Deps, front: FrontKey): Promise<void> {
  if (front === 'home') return
  const id = front.slice('section:'.length)
  if (!front.startsWith('section:') || (await deps.store.sections.findById(id)) === null)
    throw new NotFoundError('front', front)
}

/** A layout whose sections, tags and pinned stories exist. Throws InvalidInputError. */
export async function checkLayout(deps: Deps, layout: FrontLayout): Promise<FrontLayout> {
  const problems: Problem[] = layoutProblems(layout)
  const pinIds = [...new Set(layout.zones.flatMap((z) => z.pins.map((p) => p.articleId)))]
  const known = new Set((await deps.store.articles.findCardsByIds(pinIds)).map((c) => c.id))
  for (const [i, zone] of layout.zones.entries()) {
    const { rule } = zone
    if (rule.source === 'section' && (await deps.store.sections.findById(rule.sectionId)) === null)
      problems.push({ field: `zones/${i}/rule/sectionId`, message: 'no such section' })
    if (rule.source === 'tag' && (await deps.store.tags.findById(rule.tagId)) === null)
      problems.push({ field: `zones/${i}/rule/tagId`, message: 'no such tag' })
    for (const [j, pin] of zone.pins.entries())
      if (!known.has(pin.articleId))
        problems.push({ field: `zones/${i}/pins/${j}/articleId`, message: 'no such story' })
  }
  fail('front', problems)
  return layout
}

/** A menu whose sections and pages exist and whose links are http(s) or site paths. */
export async function checkMenu(deps: Deps, menu: Menu): Promise<Menu> {
  const problems: Problem[] = []
  const pageIds = menu.items.flatMap((item) => (item.kind === 'page' ? [item.articleId] : []))
  const pages = new Map((await deps.store.articles.findCardsByIds(pageIds)).map((c) => [c.id, c]))
  for (const [i, item] of menu.items.entries()) {
    if (item.kind === 'section' && (await deps.store.sections.findById(item.sectionId)) === null)
      problems.push({ field: `items/${i}/sectionId`, message: 'no such section' })
    if (item.kind === 'page' && pages.get(item.articleId)?.kind !== 'page')
      problems.push({ field: `items/${i}/articleId`, message: 'no such static page' })
    if (item.kind === 'link' && !isLinkTarget(item.url))
      problems.push({ field: `items/${i}/url`, message: 'must be http(s) or a path on this site' })
  }
  fail('menu', problems)
  return menu
}

/** A banner with a link we print. Throws InvalidInputError. */
export function checkBanner(banner: Banner | null): Banner | null {
  if (banner !== null && banner.url !== null && !isLinkTarget(banner.url))
    fail('banner', [{ field: 'url', message: 'must be http(s) or a path on this site' }])
  return banner
}
