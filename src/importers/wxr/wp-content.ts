/**
 * WordPress post content to HTML our converter reads: `[caption]` and `[embed]` shortcodes become
 * figures and embeds, other shortcodes stay as text (counted), and classic content gets
 * WordPress's paragraph rules (wpautop: a blank line ends a paragraph, a single newline is a
 * line break). Block-editor content (`<!-- wp:… -->`) already carries its own markup.
 */
const blockStart =
  /^<(?:p|h[1-6]|blockquote|ul|ol|li|figure|div|table|pre|hr|iframe|section|dl|address|form|!--)\b/i

const knownShortcodes = new Set(['caption', 'wp_caption', 'embed'])

/** What the content's shortcodes may refer to: the export's attachments, by post id. */
export interface ShortcodeContext {
  attachment?: (id: string) => { url: string; caption: string } | undefined
  /** Says what became of a shortcode that is not kept as it was. */
  report?: (kind: string, detail: string) => void
}

const attr = (attrs: string, name: string): string =>
  new RegExp(`\\b${name}=["']?([^"'\\s\\]]+)`).exec(attrs)?.[1] ?? ''

const escapeAttr = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')

/**
 * `[gallery ids="…"]` as one figure per image (with its caption and credit), `[audio]` and
 * `[video]` as a link to their file, `[playlist]` left out; each reported when it loses anything.
 */
function mediaShortcodes(content: string, context: ShortcodeContext): string {
  const report = context.report ?? (() => undefined)
  return content
    .replace(/\[gallery([^\]]*)\]/g, (_all, attrs: string) => {
      const ids = attr(attrs, 'ids')
        .split(',')
        .filter((id) => id.trim() !== '')
      if (ids.length === 0) {
        report('gallery', '[gallery] without ids (the post’s attached images) left out')
        return ''
      }
      const figures = ids.flatMap((id) => {
        const found = context.attachment?.(id.trim())
        if (found === undefined) {
          report('gallery', `[gallery] image ${id.trim()} is not in the export; left out`)
          return []
        }
        return [
          `<figure><img src="${escapeAttr(found.url)}"><figcaption>${escapeAttr(found.caption)}</figcaption></figure>`,
        ]
      })
      return `\n\n${figures.join('\n')}\n\n`
    })
    .replace(/\[(audio|video)([^\]]*)\](?:\s*\[\/\1\])?/g, (_all, kind: string, attrs: string) => {
      const url = ['src', 'mp3', 'm4a', 'ogg', 'wav', 'mp4', 'webm', 'ogv', 'm4v']
        .map((name) => attr(attrs, name))
        .find((u) => /^https?:\/\//.test(u))
      if (url === undefined) {
        report(kind, `[${kind}] without a file address left out`)
        return ''
      }
      report(kind, `[${kind}] kept as a link to ${url}`)
      const label = kind === 'audio' ? 'Listen' : 'Watch'
      return `\n\n<p><a href="${escapeAttr(url)}">${label}: ${escapeAttr(url.replace(/^.*\//, ''))}</a></p>\n\n`
    })
    .replace(/\[playlist([^\]]*)\]/g, (_all, attrs: string) => {
      report('playlist', `[playlist] of ${attr(attrs, 'ids') || 'attached files'} left out`)
      return ''
    })
}

/** Replaces the shortcodes we understand; returns the names of the ones we keep as text. */
function expandShortcodes(
  content: string,
  context: ShortcodeContext,
): { html: string; unknown: string[] } {
  const unknown: string[] = []
  let html = mediaShortcodes(content, context).replace(
    /\[(caption|wp_caption)([^\]]*)\]([\s\S]*?)\[\/\1\]/g,
    (_all, _name: string, attrs: string, inner: string) => {
      const imgEnd = inner.search(/<\/a>|\/?>/) // the caption text follows the (linked) image
      const close = inner.indexOf('</a>') >= 0 ? inner.indexOf('</a>') + 4 : inner.indexOf('>') + 1
      const image = imgEnd < 0 ? '' : inner.slice(0, close)
      const captionAttr = /caption="([^"]*)"/.exec(attrs)?.[1] ?? ''
      const caption = (inner.slice(close).trim() || captionAttr).trim()
      return `\n\n<figure>${image}<figcaption>${caption}</figcaption></figure>\n\n`
    },
  )
  html = html.replace(
    /\[embed[^\]]*\]([^[]+)\[\/embed\]/g,
    '\n\n<figure><iframe src="$1"></iframe></figure>\n\n',
  )
  for (const match of html.matchAll(/\[\/?([a-z_][\w-]*)[^\]]*\]/gi)) {
    const name = (match[1] ?? '').toLowerCase()
    if (!knownShortcodes.has(name) && !match[0].startsWith('[/')) unknown.push(name)
  }
  return { html, unknown }
}

/** WordPress's paragraph rules for classic content (a small wpautop). */
export function autop(content: string): string {
  return content
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter((chunk) => chunk !== '')
    .map((chunk) => (blockStart.test(chunk) ? chunk : `<p>${chunk.replace(/\n/g, '<br>\n')}</p>`))
    .join('\n')
}

/** The HTML of a post's content, ready for `htmlToBlocks`. */
export function wordpressHtml(
  content: string,
  context: ShortcodeContext = {},
): { html: string; unknown: string[] } {
  const cleaned = content.replace(/<!--more(.*?)?-->|<!--nextpage-->/g, '\n\n')
  const { html, unknown } = expandShortcodes(cleaned, context)
  const isBlockEditor = /<!-- wp:/.test(html)
  return { html: isBlockEditor ? html : autop(html), unknown }
}
