import type { ComponentChildren } from 'preact'
import type { HeadInfo } from '../../head.js'
import { Head } from '../../head.js'
import type { MenuLink, SiteView } from '../../views.js'
import { originalPath } from '../../../domain/media.js'
import { formatDate } from '../../dates.js'
import { renderDocument } from '../../html.js'
import { policyLabels } from '../../trust-labels.js'

/** What a page changes in the masthead: the search page has its own search box. */
export interface Chrome {
  searchBox?: boolean
}

/** A whole document: head, masthead with navigation, the page, and the footer. */
export function page(
  site: SiteView,
  head: HeadInfo,
  body: ComponentChildren,
  now?: string,
  chrome: Chrome = {},
): Buffer {
  return renderDocument(
    <html lang={site.locale}>
      <Head site={site} head={head} />
      <body>
        <a class="skip" href="#main">
          Skip to content
        </a>
        {site.banner !== null && <BreakingBanner site={site} />}
        <Masthead site={site} now={now} searchBox={chrome.searchBox ?? true} />
        <main id="main" tabIndex={-1}>
          {body}
        </main>
        <Footer site={site} />
      </body>
    </html>,
  )
}

function Masthead({
  site,
  now,
  searchBox,
}: {
  site: SiteView
  now: string | undefined
  searchBox: boolean
}) {
  return (
    <header class="masthead">
      {(now !== undefined || searchBox) && (
        <div class="masthead-top">
          {now !== undefined && (
            <p class="dateline">{formatDate(now, site.locale, site.timeZone, false)}</p>
          )}
          {searchBox && (
            <form class="site-search" role="search" action="/search" method="get">
              <label for="site-q" class="visually-hidden">
                Search {site.title}
              </label>
              <input id="site-q" type="search" name="q" placeholder="Search" />
              <button type="submit">Search</button>
            </form>
          )}
        </div>
      )}
      <Nameplate site={site} />
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

/**
 * The publication's name at the top of every page: its logo from settings (the original file, so
 * a PNG keeps its transparency and an SVG stays sharp; the name is its text alternative), or
 * the name set in the text face.
 */
function Nameplate({ site }: { site: SiteView }) {
  const logo = site.logo
  if (logo === null || (logo.file.kind === 'remote' && logo.file.url === null))
    return (
      <p class="nameplate">
        <a href="/">{site.title}</a>
      </p>
    )
  const src =
    logo.file.kind === 'remote' && logo.file.url !== null
      ? logo.file.url
      : `${site.links.origin}${originalPath(logo)}`
  return (
    <p class="nameplate nameplate-logo">
      <a href="/">
        <img
          src={src}
          alt={site.title}
          width={logo.width ?? undefined}
          height={logo.height ?? undefined}
        />
      </a>
    </p>
  )
}

/**
 * The footer: the publication's name, the edited footer menu, its standards (policy pages and
 * the corrections page) and its feeds.
 */
function Footer({ site }: { site: SiteView }) {
  return (
    <footer class="site-footer">
      <p class="nameplate small">{site.title}</p>
      <div class="footer-columns">
        {site.menus.footer.length > 0 && (
          <nav aria-labelledby="footer-menu-title">
            <h2 id="footer-menu-title">More</h2>
            <MenuList links={site.menus.footer} />
          </nav>
        )}
        <nav class="policies" aria-labelledby="policies-title">
          <h2 id="policies-title">Standards</h2>
          <ul>
            {site.policies.map((p) => (
              <li>
                <a href={p.path}>{policyLabels[p.kind]}</a>
              </li>
            ))}
            <li>
              <a href="/corrections/">Corrections</a>
            </li>
          </ul>
        </nav>
        <nav aria-labelledby="follow-title">
          <h2 id="follow-title">Follow</h2>
          <ul>
            <li>
              <a href="/rss.xml">RSS feed</a>
            </li>
            <li>
              <a href="/atom.xml">Atom feed</a>
            </li>
            <li>
              <a href="/feed.json">JSON Feed</a>
            </li>
            <li>
              <a href="/search">Search the archive</a>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  )
}
