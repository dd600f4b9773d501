import type { ArticleCard } from '../../../domain/article.js'
import { isViewWork } from '../../../domain/fronts.js'
import { Img } from '../../body-media.js'
import { cardTime, formatDate } from '../../dates.js'
import { workTypeLabels } from '../../trust-labels.js'
import type { CardContext } from '../../views.js'

/**
 * How large a card is drawn: `lead` (large picture, big headline), `normal` (picture above the
 * headline; compact on phones, by CSS), `compact` (small picture beside the headline, no dek) or
 * `text` (headline and time only, as in "Latest").
 */
export type CardSize = 'lead' | 'normal' | 'compact' | 'text'

const imageSizes: Record<Exclude<CardSize, 'text'>, string> = {
  lead: '(min-width: 60rem) 44rem, 100vw',
  normal: '(min-width: 60rem) 34rem, (min-width: 40rem) 45vw, 7rem',
  compact: '7rem',
}

/**
 * A story on a front or a list: kicker, headline, dek, byline and time, with its picture when the
 * size has one. Opinion and analysis get a columnist's treatment: their label as the kicker, the
 * writer's name and portrait, and a lighter headline (`story-view`).
 */
export function StoryCard({
  ctx,
  article,
  size = 'normal',
  level = 3,
}: {
  ctx: CardContext
  article: ArticleCard
  size?: CardSize
  level?: 2 | 3
}) {
  const { site } = ctx
  const H = level === 2 ? 'h2' : 'h3'
  const path = site.links.articlePath(article)
  const isView = article.kind === 'article' && isViewWork(article.workType)
  const label = article.kind === 'article' ? workTypeLabels[article.workType] : null
  const writer = isView ? article.authors[0] : undefined
  const portrait = writer === undefined ? undefined : ctx.portraits?.get(writer.id)
  const hero = article.hero !== null ? ctx.media.get(article.hero.mediaId) : undefined
  // A column is shown by its writer's face, except as a lead, where its picture carries the page.
  const picture = size === 'text' || (isView && size !== 'lead') ? undefined : hero
  const section = article.sections[0]
  const classes = [
    'story',
    `story-${size}`,
    isView ? 'story-view' : '',
    picture !== undefined ? 'has-picture' : '',
    portrait !== undefined && size !== 'text' && size !== 'lead' ? 'has-portrait' : '',
  ]
  return (
    <article class={classes.filter((c) => c !== '').join(' ')}>
      {picture !== undefined && size !== 'text' && (
        <a href={path} class="story-image" tabIndex={-1} aria-hidden="true">
          <Img
            info={site.links.image(picture, '16x9')}
            alt=""
            sizes={imageSizes[size]}
            eager={size === 'lead'}
          />
        </a>
      )}
      {portrait !== undefined && size !== 'text' && size !== 'lead' && (
        <img
          class="story-portrait"
          src={site.links.image(portrait, '1x1').src}
          alt=""
          width={80}
          height={80}
          loading="lazy"
          decoding="async"
        />
      )}
      <div class="story-text">
        {isView && label !== null ? (
          <p class="kicker">{label}</p>
        ) : (
          size !== 'text' &&
          section !== undefined && (
            <p class="kicker">
              <a href={site.links.sectionPath(section.slug)}>{section.name}</a>
            </p>
          )
        )}
        {/* Every card says what a story is that is not news: sponsored above all. */}
        {!isView && label !== null && (
          <p class={`work-type work-type-${article.workType}`}>{label}</p>
        )}
        {writer !== undefined && size !== 'text' && <p class="columnist">{writer.name}</p>}
        <H class="story-headline">
          <a href={path}>{article.headline}</a>
        </H>
        {(size === 'lead' || size === 'normal') && article.dek !== '' && (
          <p class="dek">{article.dek}</p>
        )}
        <CardMeta ctx={ctx} article={article} withNames={writer === undefined && size !== 'text'} />
      </div>
    </article>
  )
}

/** The byline names (unless a columnist's name is already shown) and the time or date. */
function CardMeta({
  ctx,
  article,
  withNames,
}: {
  ctx: CardContext
  article: ArticleCard
  withNames: boolean
}) {
  const names = withNames ? article.authors.map((a) => a.name).join(', ') : ''
  if (names === '' && article.publishedAt === null) return null
  return (
    <p class="meta">
      {names !== '' && <span class="meta-names">{names}</span>}
      {names !== '' && article.publishedAt !== null && ' · '}
      {article.publishedAt !== null && <CardTime ctx={ctx} iso={article.publishedAt} />}
    </p>
  )
}

/** "14:08" for a story of the day the page was rendered on, its date otherwise. */
function CardTime({ ctx, iso }: { ctx: CardContext; iso: string }) {
  const { locale, timeZone } = ctx.site
  if (ctx.now === undefined)
    return <time datetime={iso}>{formatDate(iso, locale, timeZone, false)}</time>
  const shown = cardTime(iso, ctx.now, locale, timeZone)
  return (
    <time datetime={iso} class={shown.isToday ? 'today' : undefined}>
      {shown.text}
    </time>
  )
}
