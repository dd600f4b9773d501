import type { ArticleCard, Ref } from '../../../domain/article.js'
import type { Media } from '../../../domain/media.js'
import { Img } from '../../body-media.js'
import { formatDate } from '../../dates.js'
import { workTypeLabels } from '../../trust-labels.js'
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

/** A story in a list: kicker, headline, dek, byline and date, with its picture when wanted. */
export function StoryCard({
  site,
  article,
  media,
  size = 'normal',
  level = 3,
}: {
  site: SiteView
  article: ArticleCard
  media: Map<string, Media>
  size?: 'lead' | 'normal' | 'compact'
  level?: 2 | 3
}) {
  const hero = article.hero !== null ? media.get(article.hero.mediaId) : undefined
  const H = level === 2 ? 'h2' : 'h3'
  const section = article.sections[0]
  const path = site.links.articlePath(article)
  const label = article.kind === 'article' ? workTypeLabels[article.workType] : null
  return (
    <article class={`story story-${size}`}>
      {hero !== undefined && size !== 'compact' && (
        <a href={path} class="story-image" tabIndex={-1} aria-hidden="true">
          <Img
            info={site.links.image(hero, size === 'lead' ? 'original' : '16x9')}
            alt=""
            sizes={
              size === 'lead' ? '(min-width: 960px) 60vw, 100vw' : '(min-width: 720px) 30vw, 100vw'
            }
            eager={size === 'lead'}
          />
        </a>
      )}
      {section !== undefined && (
        <p class="kicker">
          <a href={site.links.sectionPath(section.slug)}>{section.name}</a>
        </p>
      )}
      {label !== null && (
        <p class={`work-type work-type-${article.workType}`}>{label}</p>
      )}
      <H class="story-headline">
        <a href={path}>{article.headline}</a>
      </H>
      {size !== 'compact' && article.dek !== '' && <p class="dek">{article.dek}</p>}
      <p class="meta">
        {article.authors.length > 0 && (
          <span>{article.authors.map((a) => a.name).join(', ')} · </span>
        )}
        {article.publishedAt !== null && (
          <Time site={site} iso={article.publishedAt} withTime={false} />
        )}
      </p>
    </article>
  )
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
