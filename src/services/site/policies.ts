import type { PolicyLink, PolicyPages } from '../../domain/settings.js'
import { policyKinds } from '../../domain/settings.js'
import type { Deps } from '../deps.js'

/**
 * The publication's policies that readers can open: each chosen page that is published, with its
 * public path, in the order of `policyKinds`. A chosen page still in draft is left out until it is
 * published.
 */
export async function policyLinks(deps: Deps, chosen: PolicyPages): Promise<PolicyLink[]> {
  const ids = [...new Set(Object.values(chosen).filter((id) => id !== null))]
  if (ids.length === 0) return []
  const pages = new Map((await deps.store.articles.findCardsByIds(ids)).map((p) => [p.id, p]))
  return policyKinds.flatMap((kind) => {
    const id = chosen[kind]
    const page = id === null ? undefined : pages.get(id)
    return page !== undefined && page.kind === 'page' && page.status === 'published'
      ? [{ kind, path: `/${page.slug}/` }]
      : []
  })
}
