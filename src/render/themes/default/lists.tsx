import type { Author } from '../../../domain/taxonomy.js'
import { breadcrumbs, collectionPage, organization } from '../../structured-data.js'
import type { HomeView, ListView } from '../../views.js'
import { page } from './layout.js'
import { ListBody, Subsections } from './list-body.js'
import { Crumbs, Pager } from './parts.js'
import { Zones } from './zones.js'

/** The front page: the zones of its edited (or default) layout, in order. */
export function homePage(view: HomeView): Buffer {
  const { site } = view
  const head = {
    title: site.title,
    description: site.tagline !== '' ? site.tagline : site.title,
    path: '/',
    type: 'website' as const,
    image: null,
    feeds: [{ title: site.title, base: '/' }],
    jsonLd: [
      {
        '@context': 'https://schema.org',
        '@type': 'WebSite',
        name: site.title,
        url: `${site.links.origin}/`,
        publisher: organization(site),
        potentialAction: {
          '@type': 'SearchAction',
          target: `${site.links.origin}/search?q={query}`,
          'query-input': 'required name=query',
        },
      },
    ],
  }
  const body = (
    <>
      <h1 class="visually-hidden">{site.title}</h1>
      <Zones
        ctx={{ site, media: view.media, portraits: view.portraits, now: view.now }}
        zones={view.zones}
      />
      {view.zones.length === 0 && <p class="empty">Nothing has been published yet.</p>}
    </>
  )
  return page(site, head, body, view.now)
}

/** A section, tag or author page, one page of stories at a time. */
export function listPage(view: ListView): Buffer {
  const { site } = view
  const label = { section: '', tag: 'Topic: ', author: '' }[view.kind]
  const title = view.page > 1 ? `${label}${view.name} (page ${view.page})` : `${label}${view.name}`
  const trail = [
    { name: 'Home', path: '/' },
    ...view.trail.map((s) => ({ name: s.name, path: site.links.sectionPath(s.slug) })),
    { name: view.name, path: view.path },
  ]
  const photo =
    view.author?.photoMediaId != null ? (view.media.get(view.author.photoMediaId) ?? null) : null
  const photoInfo = photo !== null ? site.links.image(photo, '1x1') : null
  const description =
    view.description !== ''
      ? view.description
      : `Stories ${view.kind === 'author' ? 'by' : 'in'} ${view.name}`
  const head = {
    title,
    description,
    path: view.page > 1 ? `${view.path}?page=${view.page}` : view.path,
    type: view.kind === 'author' ? ('profile' as const) : ('website' as const),
    image: photoInfo,
    feeds: [
      { title: `${site.title}: ${view.name}`, base: view.path },
      { title: site.title, base: '/' },
    ],
    jsonLd: [
      collectionPage(site, {
        name: view.name,
        description,
        path: view.path,
        author: view.author,
        photo: photoInfo,
      }),
      breadcrumbs(site, trail),
    ],
    noindex: view.items.length === 0 && view.zones.length === 0,
  }
  const body = (
    <>
      <header class={`list-header list-${view.kind}`}>
        <Crumbs trail={trail.slice(0, -1)} />
        {photoInfo !== null && (
          <img
            class="author-photo"
            src={photoInfo.src}
            alt=""
            width={photoInfo.width ?? undefined}
            height={photoInfo.height ?? undefined}
          />
        )}
        <h1>
          {label}
          {view.name}
        </h1>
        {view.author !== null && view.author.jobTitle !== null && (
          <p class="author-job">{view.author.jobTitle}</p>
        )}
        {view.description !== '' && <p class="list-description">{view.description}</p>}
        {view.author !== null && <AuthorDetails author={view.author} />}
        {view.page > 1 && <p class="page-number">Page {view.page}</p>}
        <Subsections view={view} />
      </header>
      <ListBody
        view={view}
        ctx={{ site, media: view.media, portraits: view.portraits, now: view.now }}
      />
      {view.items.length === 0 && view.zones.length === 0 && (
        <p class="empty">No stories here{view.page > 1 ? ' on this page' : ' yet'}.</p>
      )}
      <Pager prevHref={view.prevHref} nextHref={view.nextHref} />
    </>
  )
  return page(site, head, body)
}

/** A byline's areas of expertise and its profiles elsewhere, on the author's page. */
function AuthorDetails({ author }: { author: Author }) {
  return (
    <>
      {author.expertise.length > 0 && (
        <p class="author-expertise">Covers {author.expertise.join(', ')}</p>
      )}
      {author.profileLinks.length > 0 && (
        <ul class="author-profiles" aria-label={`${author.name} elsewhere`}>
          {author.profileLinks.map((url) => (
            <li>
              <a href={url} rel="me noopener">
                {profileName(url)}
              </a>
            </li>
          ))}
        </ul>
      )}
    </>
  )
}

/** A profile link as readers see it: its host and path, without the scheme or `www.`. */
function profileName(url: string): string {
  try {
    const u = new URL(url)
    const path = u.pathname === '/' ? '' : u.pathname.replace(/\/$/, '')
    return `${u.host.replace(/^www\./, '')}${path}`
  } catch {
    return url
  }
}
