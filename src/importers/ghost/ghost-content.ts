/**
 * A Ghost post's body as HTML: the `html` Ghost rendered when it has one, else a rendering of its
 * Lexical (Ghost 5+) or Mobiledoc (Ghost 1–4) source: text sections, headings, lists, quotes,
 * images and embeds. Other cards keep their text (counted as warnings by the caller).
 */
type Json = Record<string, unknown>

const str = (v: unknown): string =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : ''

const esc = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

function lexicalNode(node: Json, unknown: string[]): string {
  const children = Array.isArray(node.children) ? (node.children as Json[]) : []
  const inner = children.map((c) => lexicalNode(c, unknown)).join('')
  switch (node.type) {
    case 'root':
      return inner
    case 'text':
    case 'extended-text':
      return esc(str(node.text))
    case 'linebreak':
      return '<br>'
    case 'link':
      return `<a href="${esc(str(node.url))}">${inner}</a>`
    case 'paragraph':
      return `<p>${inner}</p>`
    case 'heading':
    case 'extended-heading':
      return `<${str(node.tag) || 'h2'}>${inner}</${str(node.tag) || 'h2'}>`
    case 'quote':
    case 'extended-quote':
      return `<blockquote><p>${inner}</p></blockquote>`
    case 'list':
      return node.listType === 'number' ? `<ol>${inner}</ol>` : `<ul>${inner}</ul>`
    case 'listitem':
      return `<li>${inner}</li>`
    case 'image':
      return `<figure><img src="${esc(str(node.src))}" alt="${esc(str(node.alt))}"><figcaption>${str(node.caption)}</figcaption></figure>`
    case 'embed':
    case 'bookmark':
      return `<p>${esc(str(node.url))}</p>`
    case 'horizontalrule':
      return '<hr>'
    default:
      unknown.push(str(node.type))
      return inner
  }
}

function mobiledoc(doc: Json, unknown: string[]): string {
  const markers = (list: unknown[]): string =>
    list.map((m) => (Array.isArray(m) ? esc(str(m[3])) : '')).join('')
  const cards = (doc.cards ?? []) as [string, Json][]
  return ((doc.sections ?? []) as unknown[][])
    .map((section) => {
      const [kind, a, b] = section
      if (kind === 1) return `<${str(a)}>${markers((b ?? []) as unknown[])}</${str(a)}>`
      if (kind === 3)
        return `<${str(a)}>${((b ?? []) as unknown[][]).map((i) => `<li>${markers(i)}</li>`).join('')}</${str(a)}>`
      if (kind === 10) {
        const [name, payload] = cards[Number(a)] ?? ['', {}]
        if (name === 'image')
          return `<figure><img src="${esc(str(payload.src))}"><figcaption>${str(payload.caption)}</figcaption></figure>`
        if (name === 'hr') return '<hr>'
        if (name === 'embed' || name === 'bookmark') return `<p>${esc(str(payload.url))}</p>`
        if (name === 'html') return str(payload.html)
        if (name === 'markdown') return `<p>${esc(str(payload.markdown))}</p>`
        unknown.push(name)
      }
      return ''
    })
    .join('\n')
}

/** The post's HTML and the names of cards rendered only as text. */
export function ghostHtml(post: Json): { html: string; unknown: string[] } {
  const unknown: string[] = []
  if (typeof post.html === 'string' && post.html.trim() !== '') return { html: post.html, unknown }
  for (const [field, render] of [
    ['lexical', lexicalNode],
    ['mobiledoc', mobiledoc],
  ] as const) {
    if (typeof post[field] !== 'string') continue
    try {
      const doc = JSON.parse(post[field]) as Json
      return {
        html: render(field === 'lexical' ? ((doc.root ?? doc) as Json) : doc, unknown),
        unknown,
      }
    } catch {
      unknown.push(`${field} (not valid JSON)`)
    }
  }
  return { html: '', unknown }
}
