import { highlightEnd, highlightStart, markTerms } from '../../../domain/highlight.js'
import type { CorrectionsView, ErrorView, SearchView } from '../../views.js'
import { page } from './layout.js'
import { Pager, Time } from './parts.js'

/** Search: a form with section and author filters, ranked results with marked snippets. */
export function searchPage(view: SearchView): Buffer {
  const { site } = view
  const hasQuery = view.query.trim() !== ''
  const head = {
    title: hasQuery ? `Search: ${view.query}` : 'Search',
    description: `Search ${site.title}`,
    path: '/search',
    type: 'website' as const,
    image: null,
    feeds: [{ title: site.title, base: '/' }],
    jsonLd: [],
    noindex: true,
  }
  const body = (
    <>
      <h1>Search</h1>
      <form class="search-form" role="search" action="/search" method="get">
        <p>
          <label for="q">Words to find</label>
          <input id="q" type="search" name="q" value={view.query} />
        </p>
        <p>
          <label for="section">Section</label>
          <select id="section" name="section">
            <option value="">All sections</option>
            {view.sections.map((s) => (
              <option value={s.slug} selected={s.slug === view.section}>
                {s.name}
              </option>
            ))}
          </select>
        </p>
        <p>
          <label for="author">Author</label>
          <select id="author" name="author">
            <option value="">All authors</option>
            {view.authors.map((a) => (
              <option value={a.slug} selected={a.slug === view.author}>
                {a.name}
              </option>
            ))}
          </select>
        </p>
        <p>
          <button type="submit">Search</button>
        </p>
      </form>
      {hasQuery && view.items.length === 0 && (
        <div class="empty" role="status">
          <p>
            No stories match <strong>{view.query}</strong>.
          </p>
          <p>Check the spelling, use fewer words, or search all sections and authors.</p>
        </div>
      )}
      {view.items.length > 0 && (
        <>
          <p class="result-count" role="status">
            {view.moreThanTotal ? `More than ${view.total.toLocaleString('en')}` : view.total}{' '}
            {view.total === 1 && !view.moreThanTotal ? 'story' : 'stories'} found
          </p>
          <ol class="results">
            {view.items.map(({ article, snippet }) => (
              <li>
                <h2 class="story-headline">
                  <a href={site.links.articlePath(article)}>
                    {marked(markTerms(article.headline, view.query))}
                  </a>
                </h2>
                <p class="snippet">{marked(separated(snippet))}</p>
                <p class="meta">
                  {article.sections[0]?.name}
                  {article.publishedAt !== null && (
                    <>
                      {' · '}
                      <Time site={site} iso={article.publishedAt} withTime={false} />
                    </>
                  )}
                </p>
              </li>
            ))}
          </ol>
        </>
      )}
      <Pager
        prevHref={view.prevHref}
        nextHref={view.nextHref}
        labels={{ prev: 'Previous results', next: 'More results' }}
      />
    </>
  )
  // The form above is the page's one search box: the masthead leaves its own out.
  return page(site, head, body, undefined, { searchBox: false })
}

/** Splits a snippet on the store's match markers: text stays text (escaped), matches become <mark>. */
export function marked(snippet: string) {
  const parts: (string | ReturnType<typeof Mark>)[] = []
  let rest = snippet
  while (rest !== '') {
    const start = rest.indexOf(highlightStart)
    if (start === -1) {
      parts.push(rest.replaceAll(highlightEnd, ''))
      break
    }
    parts.push(rest.slice(0, start).replaceAll(highlightEnd, ''))
    const end = rest.indexOf(highlightEnd, start + 1)
    const hit = rest.slice(start + 1, end === -1 ? undefined : end)
    parts.push(Mark({ text: hit.replaceAll(highlightStart, '') }))
    rest = end === -1 ? '' : rest.slice(end + 1)
  }
  return parts
}

/**
 * A snippet with its paragraph and list-item breaks made visible: the indexed text keeps one
 * item per line, which HTML would run together ("eggsflourmilk" reads as "eggs flour milk"), so
 * a break after text with no closing punctuation becomes " · ".
 */
export function separated(snippet: string): string {
  return snippet.replace(/([.!?:;…"”’)\]])[^\S\n]*\n\s*/gu, '$1 ').replace(/[^\S\n]*\n\s*/g, ' · ')
}

function Mark({ text }: { text: string }) {
  return <mark>{text}</mark>
}

/** Every public correction and update, newest first, each linked to its story. */
export function correctionsPage(view: CorrectionsView): Buffer {
  const { site } = view
  const head = {
    title: 'Corrections and updates',
    description: `Every correction, clarification and update ${site.title} has published.`,
    path: '/corrections/',
    type: 'website' as const,
    image: null,
    feeds: [{ title: `${site.title}: corrections`, base: '/corrections/' }],
    jsonLd: [],
  }
  const body = (
    <>
      <h1>Corrections and updates</h1>
      <p class="list-description">
        When we get something wrong we correct it and say so here, newest first.
      </p>
      {view.items.length === 0 ? (
        <p class="empty">No corrections have been published.</p>
      ) : (
        <ol class="corrections-list">
          {view.items.map(({ correction, article }) => (
            <li>
              <p class="meta">
                <strong>{correction.kind[0]?.toUpperCase() + correction.kind.slice(1)}</strong>,{' '}
                <Time site={site} iso={correction.createdAt} />
              </p>
              <p>
                {correction.withdrawn !== null ? <del>{correction.text}</del> : correction.text}
              </p>
              {correction.withdrawn !== null && (
                <p>
                  Withdrawn on <Time site={site} iso={correction.withdrawn.at} />:{' '}
                  {correction.withdrawn.note}
                </p>
              )}
              <p>
                On: <a href={site.links.articlePath(article)}>{article.headline}</a>
              </p>
            </li>
          ))}
        </ol>
      )}
    </>
  )
  return page(site, head, body)
}

/** The HTML error page (404, 410, 400, 500). */
export function errorPage(view: ErrorView): Buffer {
  const head = {
    title: view.title,
    description: view.message,
    path: null,
    type: 'website' as const,
    image: null,
    feeds: [],
    jsonLd: [],
    noindex: true,
  }
  const body = (
    <div class="error-page">
      <p class="kicker">Error {view.status}</p>
      <h1>{view.title}</h1>
      <p>{view.message}</p>
      <p>
        <a href="/">Go to the front page</a> or <a href="/search">search the archive</a>.
      </p>
    </div>
  )
  return page(view.site, head, body)
}
