/**
 * Sanitises HTML into our block document (DESIGN.md, "Block document"): only the blocks and marks
 * we know survive; scripts, styles, forms, attributes and unknown tags are dropped, their text
 * kept. One implementation for the WordPress, Ghost and article-page importers and for pasting
 * into the newsroom editor (htmlparser2 runs in browsers too), so it reads what Word and Google
 * Docs put on the clipboard as well: bold and italic in inline styles, Google's non-bold `<b>`
 * wrapper, Word's `mso-list` paragraphs.
 */
import type { ChildNode, Element } from 'domhandler'
import { isText } from 'domhandler'
import { parseDocument as parseHtml } from 'htmlparser2'
import type { Block, BlockDocument, Inline, Mark } from './block-document.js'
import { documentFromParagraphs, isHttpUrl, parseDocument } from './block-document.js'
import { providerOf } from './embeds.js'
import {
  blockTags,
  dropped,
  findAll,
  flat,
  hasBlock,
  innerOf,
  isElement,
  isNormalWeight,
  linkMark,
  optional,
  textOf,
  tidy,
} from './html-nodes.js'
import { splitCredit } from './media-text.js'
import { InvalidInputError } from './errors.js'
import { wordListItem, wordListItemOf } from './word-lists.js'

interface HtmlOptions {
  /** The media id for an image URL, when the importer knows the image. */
  resolveImage?: (src: string) => string | undefined
  warn?: (kind: string, detail: string) => void
}

const markOf: Record<string, Mark> = {
  strong: { type: 'bold' },
  b: { type: 'bold' },
  em: { type: 'italic' },
  i: { type: 'italic' },
  code: { type: 'code' },
  kbd: { type: 'code' },
  tt: { type: 'code' },
  q: { type: 'quote' },
}

class Converter {
  constructor(private readonly options: HtmlOptions) {}

  blocks(nodes: ChildNode[]): Block[] {
    const out: Block[] = []
    let run: ChildNode[] = []
    const flush = (): void => {
      if (run.length > 0) out.push(...this.paragraph(run))
      run = []
    }
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]
      if (node === undefined || (isElement(node) && dropped.has(node.name))) continue
      const listItem = wordListItemOf(node)
      if (listItem !== null) {
        flush()
        const items: Element[] = [listItem]
        const list = wordListItem(listItem).list
        // Word separates list paragraphs with whitespace text; the list runs while they share an id.
        let j = i + 1
        for (; j < nodes.length; j++) {
          const next = nodes[j]
          if (next !== undefined && isText(next) && next.data.trim() === '') continue
          const item = next === undefined ? null : wordListItemOf(next)
          if (item !== null && wordListItem(item).list === list) items.push(item)
          else break
        }
        out.push(...this.wordList(items))
        i = j - 1
      } else if (isElement(node) && blockTags.has(node.name)) {
        flush()
        out.push(...this.block(node))
      } else if (isElement(node) && hasBlock(node)) {
        // An inline wrapper around blocks (Google Docs' <b>, a <span> or <a> around paragraphs).
        flush()
        out.push(...this.blocks(node.children))
      } else if (isText(node) || isElement(node)) run.push(node)
    }
    flush()
    return out
  }

  wordList(items: Element[]): Block[] {
    const parsed = items.map(wordListItem)
    const content = parsed.map((item) => {
      const inner = this.paragraph(item.content).flatMap(innerOf)
      return {
        type: 'listItem' as const,
        content: inner.length > 0 ? inner : [{ type: 'paragraph' as const }],
      }
    })
    return [{ type: parsed[0]?.ordered === true ? 'orderedList' : 'bulletList', content }]
  }

  block(el: Element): Block[] {
    const name = el.name
    if (name === 'p' || name === 'dt' || name === 'dd' || name === 'summary' || name === 'address')
      return this.paragraph(el.children)
    if (/^h[1-6]$/.test(name)) {
      const level = Math.min(4, Math.max(2, Number(name[1]))) as 2 | 3 | 4
      const content = this.inline(el.children)
      return content.length > 0 ? [{ type: 'heading', attrs: { level }, content }] : []
    }
    if (name === 'blockquote') return this.quote(el)
    if (name === 'ul' || name === 'ol') return this.list(el)
    if (name === 'li') return this.blocks(el.children)
    if (name === 'figure' || name === 'picture') return this.figure(el)
    if (name === 'img') return this.image(el, '')
    if (name === 'iframe') return this.embed(el.attribs.src ?? '')
    if (name === 'hr') return [{ type: 'horizontalRule' }]
    if (name === 'pre') {
      const text = textOf(el.children).replace(/^\n+|\s+$/g, '')
      return text === ''
        ? []
        : [{ type: 'paragraph', content: [{ type: 'text', text, marks: [{ type: 'code' }] }] }]
    }
    if (name === 'table') return this.table(el)
    if (name === 'figcaption') return this.paragraph(el.children)
    return this.blocks(el.children)
  }

  paragraph(nodes: ChildNode[]): Block[] {
    const figures: Block[] = []
    const content = this.inline(nodes, [], figures)
    const only = content.length === 1 ? content[0] : undefined
    // An embeddable URL alone on its line (WordPress oEmbed, Ghost bookmarks) becomes an embed.
    if (only?.type === 'text' && /^https?:\/\/\S+$/.test(only.text) && isHttpUrl(only.text))
      return [...this.embed(only.text), ...figures]
    return content.length > 0 ? [{ type: 'paragraph', content }, ...figures] : figures
  }

  inline(nodes: ChildNode[], marks: Mark[] = [], figures: Block[] = []): Inline[] {
    const out: Inline[] = []
    const walk = (list: ChildNode[], active: Mark[]): void => {
      for (const node of list) {
        if (isText(node)) {
          const text = node.data.replace(/\s+/g, ' ')
          if (text !== '')
            out.push(
              active.length > 0 ? { type: 'text', text, marks: active } : { type: 'text', text },
            )
        } else if (isElement(node) && !dropped.has(node.name)) {
          if (node.name === 'br') out.push({ type: 'hardBreak' })
          else if (node.name === 'img' || node.name === 'iframe' || node.name === 'figure')
            figures.push(...this.block(node))
          else walk(node.children, this.marksFor(node, active))
        }
      }
    }
    walk(nodes, marks)
    return tidy(out)
  }

  marksFor(el: Element, active: Mark[]): Mark[] {
    const style = (el.attribs.style ?? '').toLowerCase()
    const weight = /font-weight\s*:\s*(\w+)/.exec(style)?.[1]
    const found: Mark[] = []
    if (el.name === 'a') found.push(...optional(linkMark(el.attribs.href)))
    // Google Docs wraps a whole paste in <b style="font-weight:normal">.
    else if (markOf[el.name] !== undefined && !(weight !== undefined && isNormalWeight(weight)))
      found.push(...optional(markOf[el.name]))
    if (weight !== undefined && !isNormalWeight(weight)) found.push({ type: 'bold' })
    if (/font-style\s*:\s*italic/.test(style)) found.push({ type: 'italic' })
    const next = [...active]
    for (const mark of found) if (!next.some((m) => m.type === mark.type)) next.push(mark)
    return next
  }

  quote(el: Element): Block[] {
    const cites = findAll(el, 'cite')
    const source = flat(cites.map((c) => textOf(c.children)).join(' ')).replace(/^[—–-]\s*/, '')
    for (const cite of cites) cite.children = []
    const content = this.blocks(el.children).flatMap(innerOf)
    if (content.length === 0) return []
    return [{ type: 'blockquote', ...(source !== '' ? { attrs: { source } } : {}), content }]
  }

  list(el: Element): Block[] {
    const items = el.children
      .filter((c): c is Element => isElement(c) && c.name === 'li')
      .map((li) => {
        const content = this.blocks(li.children).flatMap(innerOf)
        return {
          type: 'listItem' as const,
          content: content.length > 0 ? content : [{ type: 'paragraph' as const }],
        }
      })
    if (items.length === 0) return []
    const start = Number(el.attribs.start ?? '1')
    return el.name === 'ol'
      ? [
          {
            type: 'orderedList',
            ...(Number.isInteger(start) && start !== 1 ? { attrs: { start } } : {}),
            content: items,
          },
        ]
      : [{ type: 'bulletList', content: items }]
  }

  figure(el: Element): Block[] {
    const images = findAll(el, 'img')
    if (images.length > 1) {
      // A gallery (Ghost's gallery card, the block editor's): one figure per picture, each with
      // its own caption when it has one, the gallery's caption on the last.
      const outer = findAll(el, 'figcaption').filter(
        (c) => !images.some((i) => i.parent === c.parent),
      )
      const galleryCaption = flat(textOf(outer.flatMap((c) => c.children)))
      return images.flatMap((img, i) => {
        const parent = img.parent
        const own =
          parent !== null && isElement(parent) ? findAll(parent, 'figcaption')[0] : undefined
        const caption = own === undefined ? '' : flat(textOf(own.children))
        const last = i === images.length - 1 && galleryCaption !== ''
        return this.image(
          img,
          last ? [caption, galleryCaption].filter((c) => c).join(' ') : caption,
        )
      })
    }
    const img = images[0]
    const captionEl = findAll(el, 'figcaption')[0]
    const caption = captionEl === undefined ? '' : flat(textOf(captionEl.children))
    if (img === undefined) {
      const iframe = findAll(el, 'iframe')[0]
      const url = iframe?.attribs.src ?? flat(textOf(el.children).replace(caption, ''))
      return isHttpUrl(url) ? this.embed(url) : this.blocks(el.children)
    }
    return this.image(img, caption)
  }

  image(img: Element, rawCaption: string): Block[] {
    const src = (img.attribs.src ?? '').trim()
    const mediaId = this.options.resolveImage?.(src)
    if (mediaId === undefined && !isHttpUrl(src)) return []
    const { caption, credit } = splitCredit(rawCaption)
    const alt = flat(img.attribs.alt ?? '')
    const attrs = {
      ...(mediaId !== undefined ? { mediaId } : { src }),
      ...(alt !== '' ? { alt } : {}),
      ...(caption !== '' ? { caption } : {}),
      ...(credit !== '' ? { credit } : {}),
    }
    return [{ type: 'figure', attrs }]
  }

  embed(url: string): Block[] {
    const clean = url.trim().startsWith('//') ? `https:${url.trim()}` : url.trim()
    if (!isHttpUrl(clean)) return []
    const provider = providerOf(clean)
    return [{ type: 'embed', attrs: { url: clean, ...(provider !== '' ? { provider } : {}) } }]
  }

  table(el: Element): Block[] {
    return findAll(el, 'tr').flatMap((row) => {
      const cells = row.children.filter(
        (c): c is Element => isElement(c) && (c.name === 'td' || c.name === 'th'),
      )
      const text = cells
        .map((c) => flat(textOf(c.children)))
        .filter((t) => t !== '')
        .join(' | ')
      return text === ''
        ? []
        : [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] }]
    })
  }
}

/**
 * Converts HTML to a valid block document. A body our schema still refuses (too many nodes, too
 * deep) falls back to its plain paragraphs, with a warning: text is never dropped silently.
 */
export function htmlToBlocks(html: string, options: HtmlOptions = {}): BlockDocument {
  const dom = parseHtml(html, { decodeEntities: true })
  const content = new Converter(options).blocks(dom.children)
  try {
    return parseDocument({ type: 'doc', content })
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error
    options.warn?.(
      'body-simplified',
      `body kept as plain paragraphs: ${error.errors[0]?.message ?? ''}`,
    )
    return documentFromParagraphs(
      textOf(dom.children)
        .split(/\n\s*\n/)
        .map(flat),
    )
  }
}
