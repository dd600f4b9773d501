/**
 * WordPress post content to HTML our converter reads: `[caption]` and `[embed]` shortcodes become
 * figures and embeds, other shortcodes stay as text (counted), and classic content gets
 * WordPress's paragraph rules (wpautop: a blank line ends a paragraph, a single newline is a
 * line break). Block-editor content (`<!-- wp:… -->`) already carries its own markup.
 */
const blockStart =
  /^<(?:p|h[1-6]|blockquote|ul|ol|li|figure|div|table|pre|hr|iframe|section|dl|address|form|!--)\b/i

const knownShortcodes = new Set(['caption', 'wp_caption', 'embed'])

/** Replaces the shortcodes we understand; returns the names of the ones we keep as text. */
function expandShortcodes(content: string): { html: string; unknown: string[] } {
  const unknown: string[] = []
  let html = content.replace(
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
export function wordpressHtml(content: string): { html: string; unknown: string[] } {
  const cleaned = content.replace(/<!--more(.*?)?-->|<!--nextpage-->/g, '\n\n')
  const { html, unknown } = expandShortcodes(cleaned)
  const isBlockEditor = /<!-- wp:/.test(html)
  return { html: isBlockEditor ? html : autop(html), unknown }
}
