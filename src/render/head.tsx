import { jsonLdText } from './json-ld.js'
import type { ImageInfo, SiteView } from './views.js'

export interface FeedLink {
  title: string
  /** Path of the feed without its file name: `/` or `/section/news/`. */
  base: string
}

/** Everything a page says about itself in `<head>`. */
export interface HeadInfo {
  title: string
  description: string
  /** Path of the canonical URL (made absolute with the public origin); null on error pages. */
  path: string | null
  type: 'website' | 'article' | 'profile'
  image: ImageInfo | null
  feeds: FeedLink[]
  jsonLd: unknown[]
  noindex?: boolean
  published?: string | null
  modified?: string | null
}

/** Title, description, canonical, Open Graph, Twitter card, feed links and JSON-LD. */
export function Head({ site, head }: { site: SiteView; head: HeadInfo }) {
  const canonical = head.path !== null ? `${site.links.origin}${head.path}` : null
  const fullTitle = head.title === site.title ? site.title : `${head.title} – ${site.title}`
  return (
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{fullTitle}</title>
      <meta name="description" content={head.description} />
      {canonical !== null && <link rel="canonical" href={canonical} />}
      {head.noindex === true && <meta name="robots" content="noindex" />}
      <meta name="color-scheme" content="light dark" />
      {site.links.fonts.map((href) => (
        <link rel="preload" href={href} as="font" type="font/woff2" crossorigin="anonymous" />
      ))}
      <link rel="stylesheet" href={site.links.stylesheet} />
      <link rel="icon" href={site.links.icon} type="image/svg+xml" />
      {head.feeds.flatMap((f) => [
        <link
          rel="alternate"
          type="application/rss+xml"
          title={`${f.title} (RSS)`}
          href={`${f.base}rss.xml`}
        />,
        <link
          rel="alternate"
          type="application/atom+xml"
          title={`${f.title} (Atom)`}
          href={`${f.base}atom.xml`}
        />,
        <link
          rel="alternate"
          type="application/feed+json"
          title={`${f.title} (JSON Feed)`}
          href={`${f.base}feed.json`}
        />,
      ])}
      <meta property="og:site_name" content={site.title} />
      <meta property="og:type" content={head.type} />
      <meta property="og:title" content={head.title} />
      <meta property="og:description" content={head.description} />
      {canonical !== null && <meta property="og:url" content={canonical} />}
      <meta property="og:locale" content={site.locale.replace('-', '_')} />
      {head.image !== null && <meta property="og:image" content={head.image.src} />}
      {head.image?.width != null && (
        <meta property="og:image:width" content={String(head.image.width)} />
      )}
      {head.image?.height != null && (
        <meta property="og:image:height" content={String(head.image.height)} />
      )}
      {head.image !== null && head.image.alt !== '' && (
        <meta property="og:image:alt" content={head.image.alt} />
      )}
      {head.published != null && (
        <meta property="article:published_time" content={head.published} />
      )}
      {head.modified != null && <meta property="article:modified_time" content={head.modified} />}
      <meta name="twitter:card" content={head.image !== null ? 'summary_large_image' : 'summary'} />
      <meta name="twitter:title" content={head.title} />
      <meta name="twitter:description" content={head.description} />
      {head.image !== null && <meta name="twitter:image" content={head.image.src} />}
      {head.jsonLd.map((data) => (
        // The one raw string on a page: JSON escaped by jsonLdText so `</script>` cannot occur.
        <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(data) }} />
      ))}
    </head>
  )
}
