import type { ComponentChildren } from 'preact'
import type { HeadInfo } from '../../head.js'
import { Head } from '../../head.js'
import type { MenuLink, SiteView } from '../../views.js'
import { formatDate } from '../../dates.js'
import { renderDocument } from '../../html.js'

/** A whole document: head, masthead with navigation, the page, and the footer. */
export function page(
  site: SiteView,
  head: HeadInfo,
  body: ComponentChildren,
  now?: string,
): Buffer {
  return renderDocument(
    <html lang={site.locale}>
      <Head site={site} head={head} />
      <body>
        <a class="skip" href="#main">
          Skip to content
        </a>
        {site.banner !== null && <BreakingBanner site={site} />}
        <Masthead site={site} now={now} />
        <main id="main" tabIndex={-1}>
          {body}
        </main>
        <Footer site={site} />
      </body>
    </html>,
  )
}

function Masthead({ site, now }: { site: SiteView; now: string | undefined }) {
  return (
    <header class="masthead">
      <div class="masthead-top">
        {now !== undefined && (
          <p class="dateline">{formatDate(now, site.locale, site.timeZone, false)}</p>
        )}
        <form class="site-search" role="search" action="/search" method="get">
          <label for="site-q" class="visually-hidden">
            Search {site.title}
          </label>
          <input id="site-q" type="search" name="q" placeholder="Search" />
          <button type="submit">Search</button>
        </form>
      </div>
      <p class="nameplate">
        <a href="/">{site.title}</a>
      </p>
      {site.tagline !== '' && <p class="tagline">{site.tagline}</p>}
      {site.menus.main.length > 0 && (
        <nav class="sections" aria-label="Sections">
          <MenuList links={site.menus.main} />
        </nav>
      )}
      {site.menus.secondary.length > 0 && (
        <nav class="sections secondary" aria-label="More">
          <MenuList links={site.menus.secondary} />
        </nav>
      )}
    </header>
  )
}

function MenuList({ links }: { links: MenuLink[] }) {
  return (
    <ul>
      {links.map((link) => (
        <li>
          <a href={link.href}>{link.label}</a>
        </li>
      ))}
    </ul>
  )
}

/** The breaking-news banner, above the masthead on every page while it is live. */
function BreakingBanner({ site }: { site: SiteView }) {
  const banner = site.banner
  if (banner === null) return null
  return (
    <aside class="breaking" aria-label="Breaking news">
      <p>
        <strong>Breaking</strong>{' '}
        {banner.url !== null ? <a href={banner.url}>{banner.text}</a> : banner.text}
      </p>
    </aside>
  )
}

function Footer({ site }: { site: SiteView }) {
  return (
    <footer class="site-footer">
      <p class="nameplate small">{site.title}</p>
      <ul>
        {site.menus.footer.map((link) => (
          <li>
            <a href={link.href}>{link.label}</a>
          </li>
        ))}
        <li>
          <a href="/corrections/">Corrections</a>
        </li>
        <li>
          <a href="/rss.xml">RSS</a>
        </li>
        <li>
          <a href="/atom.xml">Atom</a>
        </li>
        <li>
          <a href="/feed.json">JSON Feed</a>
        </li>
        <li>
          <a href="/search">Search</a>
        </li>
      </ul>
    </footer>
  )
}
