import type { Ref } from '../../../domain/article.js'
import { formatDate } from '../../dates.js'
import type { SiteView } from '../../views.js'

/** "By A, B and C", each linked to the author's page. */
export function Byline({ site, authors }: { site: SiteView; authors: Ref[] }) {
  if (authors.length === 0) return null
  return (
    <p class="byline">
      By{' '}
      {authors.map((a, i) => (
        <>
          {i > 0 && (i === authors.length - 1 ? ' and ' : ', ')}
          <a href={site.links.authorPath(a.slug)} rel="author">
            {a.name}
          </a>
        </>
      ))}
    </p>
  )
}

/** A date in the publication's time zone inside `<time datetime>`. */
export function Time({
  site,
  iso,
  withTime = true,
}: {
  site: SiteView
  iso: string
  withTime?: boolean
}) {
  return <time datetime={iso}>{formatDate(iso, site.locale, site.timeZone, withTime)}</time>
}

/** Previous/next links of a paginated list. */
export function Pager({
  prevHref,
  nextHref,
}: {
  prevHref: string | null
  nextHref: string | null
}) {
  if (prevHref === null && nextHref === null) return null
  return (
    <nav class="pager" aria-label="Pages">
      {prevHref !== null && (
        <a href={prevHref} rel="prev">
          ← Newer stories
        </a>
      )}
      {nextHref !== null && (
        <a href={nextHref} rel="next">
          Older stories →
        </a>
      )}
    </nav>
  )
}

/** A visible breadcrumb trail (the JSON-LD BreadcrumbList says the same to machines). */
export function Crumbs({ trail }: { trail: { name: string; path: string }[] }) {
  return (
    <nav class="crumbs" aria-label="Breadcrumb">
      <ol>
        {trail.map((t, i) => (
          <li>
            {i === trail.length - 1 ? (
              <span aria-current="page">{t.name}</span>
            ) : (
              <a href={t.path}>{t.name}</a>
            )}
          </li>
        ))}
      </ol>
    </nav>
  )
}
