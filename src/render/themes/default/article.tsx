import type { Article, Correction } from '../../../domain/article.js'
import type { Author } from '../../../domain/taxonomy.js'
import { Body } from '../../blocks.js'
import { Caption, Img } from '../../body-media.js'
import { breadcrumbs, newsArticle } from '../../structured-data.js'
import { workTypeLabels } from '../../trust-labels.js'
import { sourceKindWords } from '../../attribution-words.js'
import { formatDate } from '../../dates.js'
import { isHttpUrl } from '../../../domain/block-document.js'
import type { ArticleView, SiteView } from '../../views.js'
import { page } from './layout.js'
import { isViewWork } from '../../../domain/fronts.js'
import { StoryCard } from './cards.js'
import { Byline, Crumbs, Time } from './parts.js'

const correctionLabel: Record<Correction['kind'], string> = {
  correction: 'Correction',
  update: 'Update',
  clarification: 'Clarification',
}

/** The article page: everything a reader and a search engine need from one story. */
export function articlePage(view: ArticleView): Buffer {
  const { site, article, media, corrections } = view
  const hero = article.hero !== null ? (media.get(article.hero.mediaId) ?? null) : null
  const heroInfo = hero !== null ? site.links.image(hero) : null
  const path = site.links.articlePath(article)
  const section = article.sections[0]
  const trail = [
    { name: 'Home', path: '/' },
    ...(section !== undefined
      ? [{ name: section.name, path: site.links.sectionPath(section.slug) }]
      : []),
    { name: article.headline, path },
  ]
  const head = {
    title: article.seoTitle ?? article.headline,
    description: article.seoDescription ?? (article.dek !== '' ? article.dek : article.excerpt),
    path,
    type: 'article' as const,
    image: heroInfo,
    feeds: [{ title: site.title, base: '/' }],
    jsonLd: [
      newsArticle(site, article, view.authors, hero, corrections, view.entities),
      breadcrumbs(site, trail),
    ],
    noindex: article.noindex,
    published: article.publishedAt,
    modified: article.updatedAt,
  }
  // Opinion and analysis are a writer's view: a columnist's header (portrait, lighter headline).
  const isView = article.kind === 'article' && isViewWork(article.workType)
  const body = (
    <article class={isView ? 'article article-view' : 'article'}>
      <header class="article-header">
        <Crumbs trail={trail.slice(0, -1)} />
        {article.sections.length > 0 && (
          <ul class="labels" aria-label="Sections">
            {article.sections.map((s) => (
              <li>
                <a href={site.links.sectionPath(s.slug)}>{s.name}</a>
              </li>
            ))}
          </ul>
        )}
        <WorkTypeLabel article={article} />
        <h1>{article.headline}</h1>
        {article.dek !== '' && <p class="article-dek">{article.dek}</p>}
        {isView ? (
          <ColumnistByline view={view} />
        ) : (
          <Byline site={site} authors={article.authors} />
        )}
        <Dates view={view} />
      </header>
      {hero !== null && heroInfo !== null && (
        <figure class="hero">
          <Img info={heroInfo} sizes="(min-width: 1100px) 1040px, 100vw" eager />
          <Caption
            caption={article.hero?.caption ?? hero.caption}
            credit={article.hero?.credit ?? hero.credit}
          />
        </figure>
      )}
      <div class="article-body">
        <Body
          blocks={article.body.content}
          ctx={{
            media,
            image: site.links.image,
            sponsored: article.workType === 'sponsored',
            attributions: article.attributions,
            formatDay: (day) => formatDate(`${day}T12:00:00Z`, site.locale, 'UTC', false),
          }}
          dateline={article.kind === 'article' ? article.dateline : null}
        />
      </div>
      {article.sources.length > 0 && <Sources article={article} />}
      {corrections.length > 0 && <Corrections site={site} items={corrections} />}
      {article.tags.length > 0 && (
        <nav class="tags" aria-label="Tags">
          <h2>Topics</h2>
          <ul>
            {article.tags.map((t) => (
              <li>
                <a href={site.links.tagPath(t.slug)} rel="tag">
                  {t.name}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {view.authors.map((a) => (
        <AuthorBox site={site} author={a} view={view} />
      ))}
    </article>
  )
  return page(site, head, [body, <Related view={view} />])
}

/**
 * What kind of work the story is, above its headline (news goes unlabelled); sponsored content
 * also says in words that it was paid for.
 */
function WorkTypeLabel({ article }: { article: Article }) {
  const label = article.kind === 'article' ? workTypeLabels[article.workType] : null
  if (label === null) return null
  return (
    <>
      <p class={`work-type work-type-${article.workType}`}>{label}</p>
      {article.workType === 'sponsored' && (
        <p class="sponsored-note">Paid content: produced for an advertiser, not by our newsroom.</p>
      )}
    </>
  )
}

/** A column's byline with its writer's portrait beside it. */
function ColumnistByline({ view }: { view: ArticleView }) {
  const writer = view.authors[0]
  const photo = writer?.photoMediaId != null ? view.media.get(writer.photoMediaId) : undefined
  const byline = <Byline site={view.site} authors={view.article.authors} />
  if (photo === undefined) return byline
  return (
    <div class="columnist-byline">
      <img src={view.site.links.image(photo, '1x1').src} alt="" width={64} height={64} />
      {byline}
    </div>
  )
}

/** The story's sources: a short list after the body, each linked when it has an address. */
function Sources({ article }: { article: Article }) {
  const rel = article.workType === 'sponsored' ? 'sponsored noopener' : 'noopener'
  return (
    <section class="sources" id="sources" aria-labelledby="sources-title">
      <h2 id="sources-title">Sources</h2>
      <ul>
        {article.sources.map((s) => (
          <li id={`source-${s.id}`}>
            {s.url !== null && isHttpUrl(s.url) ? (
              <a href={s.url} rel={rel}>
                {s.title}
              </a>
            ) : (
              s.title
            )}{' '}
            <span class="source-kind">({sourceKindWords[s.kind]})</span>
          </li>
        ))}
      </ul>
    </section>
  )
}

function Dates({ view }: { view: ArticleView }) {
  const { site, article, corrections } = view
  if (article.publishedAt === null || article.kind === 'page') return null
  const updated = article.updatedAt !== null && article.updatedAt > article.publishedAt
  return (
    <p class="dates">
      Published{' '}
      {article.publishedPrecision === 'day' ? (
        <PublishedDay site={site} iso={article.publishedAt} />
      ) : (
        <Time site={site} iso={article.publishedAt} />
      )}
      {updated && article.updatedAt !== null && (
        <>
          <span class="sep"> · </span>
          <a href="#corrections" class={corrections.length > 0 ? 'updated' : 'updated plain'}>
            Updated <Time site={site} iso={article.updatedAt} />
          </a>
        </>
      )}
    </p>
  )
}

/**
 * A publication date the source gave without a time (an import): the date alone, read in UTC
 * where it was stored, so no “00:00” is invented and no time zone moves it to the day before.
 */
function PublishedDay({ site, iso }: { site: SiteView; iso: string }) {
  const day = iso.slice(0, 10)
  return <time datetime={day}>{formatDate(`${day}T12:00:00Z`, site.locale, 'UTC', false)}</time>
}

function Corrections({ site, items }: { site: SiteView; items: Correction[] }) {
  return (
    <section class="corrections" id="corrections" aria-labelledby="corrections-title">
      <h2 id="corrections-title">Corrections and updates</h2>
      <ol>
        {[...items].reverse().map((c) => (
          <li id={`correction-${c.id}`}>
            <strong>{correctionLabel[c.kind]}</strong>, <Time site={site} iso={c.createdAt} />:{' '}
            {c.withdrawn !== null ? <del>{c.text}</del> : c.text}
            <CorrectionChanges site={site} correction={c} />
          </li>
        ))}
      </ol>
    </section>
  )
}

/** How a correction changed since it was published: its edits (with earlier wordings) and withdrawal. */
function CorrectionChanges({ site, correction: c }: { site: SiteView; correction: Correction }) {
  return (
    <>
      {c.editedAt !== null && (
        <details class="correction-history">
          <summary>
            Edited on <Time site={site} iso={c.editedAt} />
          </summary>
          <ol>
            {c.history.map((v) => (
              <li>
                Wording until <Time site={site} iso={v.replacedAt} />: {v.text}
              </li>
            ))}
          </ol>
        </details>
      )}
      {c.withdrawn !== null && (
        <p class="correction-withdrawn">
          <strong>Withdrawn</strong> on <Time site={site} iso={c.withdrawn.at} />:{' '}
          {c.withdrawn.note}
        </p>
      )}
    </>
  )
}

function AuthorBox({ site, author, view }: { site: SiteView; author: Author; view: ArticleView }) {
  const photo = author.photoMediaId !== null ? view.media.get(author.photoMediaId) : undefined
  return (
    <aside class="author-box" aria-label={`About ${author.name}`}>
      {photo !== undefined && <Img info={site.links.image(photo, '1x1')} alt="" sizes="96px" />}
      <div>
        <p class="author-name">
          <a href={site.links.authorPath(author.slug)}>{author.name}</a>
        </p>
        {author.bio !== '' && <p class="author-bio">{author.bio}</p>}
      </div>
    </aside>
  )
}

function Related({ view }: { view: ArticleView }) {
  if (view.related.length === 0) return null
  return (
    <section class="related" aria-labelledby="related-title">
      <h2 id="related-title">Related stories</h2>
      {/* Its count picks a grid whose rows it fills exactly at every width (style.ts). */}
      <div class={`related-grid related-${Math.min(view.related.length, 4)}`}>
        {view.related.map((a) => (
          <StoryCard ctx={{ site: view.site, media: view.media }} article={a} />
        ))}
      </div>
    </section>
  )
}
