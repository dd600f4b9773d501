import type { FieldError } from './errors.js'
import { InvalidInputError } from './errors.js'

/**
 * The article body: a ProseMirror/Tiptap-compatible JSON document (DESIGN.md, "Block document").
 * Every document entering the system goes through `parseDocument`, so renderers can trust it.
 */
export type Mark =
  | { type: 'bold' }
  | { type: 'italic' }
  | { type: 'code' }
  | { type: 'link'; attrs: { href: string; title?: string } }
  /** A quoted span in a paragraph; `attribution` is an id in the story's attributions. */
  | { type: 'quote'; attrs?: { attribution?: string } }

export type Inline = { type: 'text'; text: string; marks?: Mark[] } | { type: 'hardBreak' }

export interface QuoteAttrs {
  speaker?: string
  role?: string
  source?: string
  sourceUrl?: string
  /** An id in the story's attributions (docs/attribution.md). */
  attribution?: string
}

export interface FigureAttrs {
  mediaId?: string
  src?: string
  alt?: string
  caption?: string
  credit?: string
}

export type ListItem = { type: 'listItem'; content: (Paragraph | List)[] }
export type Paragraph = { type: 'paragraph'; content?: Inline[] }
export type List =
  | { type: 'bulletList'; content: ListItem[] }
  | { type: 'orderedList'; attrs?: { start?: number }; content: ListItem[] }

export type Block =
  | Paragraph
  | { type: 'heading'; attrs: { level: 2 | 3 | 4 }; content?: Inline[] }
  | { type: 'blockquote'; attrs?: QuoteAttrs; content: (Paragraph | List)[] }
  | { type: 'figure'; attrs: FigureAttrs }
  | List
  | { type: 'horizontalRule' }
  | { type: 'embed'; attrs: { url: string; provider?: string } }

export interface BlockDocument {
  type: 'doc'
  content: Block[]
}

export const documentLimits = {
  maxBytes: 1_000_000,
  maxNodes: 20_000,
  maxDepth: 12,
  maxText: 100_000,
}

/** An empty body. */
export const emptyDocument = (): BlockDocument => ({ type: 'doc', content: [] })

/** True for hrefs readers may follow: http(s), mailto, or a path on this site. */
export function isSafeHref(href: string): boolean {
  // URL parsers drop tabs and newlines and read a backslash as "/", so "/<backslash>evil.example"
  // or "/<tab>/evil.example" would lead off-site like "//evil.example": refuse them everywhere.
  if (href.includes('\\') || [...href].some((c) => c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127))
    return false
  if (href.startsWith('/')) return !href.startsWith('//')
  return /^(https?:\/\/[^\s]+|mailto:[^\s]+)$/i.test(href)
}

/** True for an absolute http(s) URL (images, embeds, sources). */
export function isHttpUrl(url: string): boolean {
  if (!/^https?:\/\//i.test(url)) return false
  try {
    return ['http:', 'https:'].includes(new URL(url).protocol)
  } catch {
    return false
  }
}

type Json = unknown
type Obj = Record<string, Json>

/**
 * Marks are kept in one order, whatever order they arrive in: ProseMirror (the newsroom editor)
 * sorts a text's marks by its schema, so a story saved from the editor equals the one opened.
 */
export const markOrder = ['link', 'bold', 'italic', 'code', 'quote']
const markRank = (mark: Json): number =>
  isObj(mark) ? markOrder.indexOf(String(mark.type)) : markOrder.length

const isObj = (v: Json): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)

class Checker {
  readonly errors: FieldError[] = []
  nodes = 0

  fail(field: string, message: string): void {
    if (this.errors.length < 50) this.errors.push({ field, message })
  }

  keys(node: Obj, path: string, allowed: string[]): void {
    for (const key of Object.keys(node)) {
      if (!allowed.includes(key)) this.fail(`${path}.${key}`, `unknown property “${key}”`)
    }
  }

  attrs(
    node: Obj,
    path: string,
    allowed: Record<string, 'string' | 'number' | 'url' | 'href'>,
  ): Obj {
    const attrs = node.attrs
    if (attrs === undefined) return {}
    if (!isObj(attrs)) {
      this.fail(`${path}.attrs`, 'must be an object')
      return {}
    }
    const out: Obj = {}
    for (const [key, value] of Object.entries(attrs)) {
      const kind = allowed[key]
      if (value === null || value === undefined) continue // editors send nulls for unset attributes
      if (kind === undefined) {
        this.fail(`${path}.attrs.${key}`, `unknown attribute “${key}”`)
      } else if (kind === 'number') {
        if (typeof value !== 'number' || !Number.isInteger(value))
          this.fail(`${path}.attrs.${key}`, 'must be an integer')
        else out[key] = value
      } else if (typeof value !== 'string') {
        this.fail(`${path}.attrs.${key}`, 'must be a string')
      } else if (value.length > 2000) {
        this.fail(`${path}.attrs.${key}`, 'is too long (2,000 characters at most)')
      } else if (kind === 'url' && value !== '' && !isHttpUrl(value)) {
        this.fail(`${path}.attrs.${key}`, 'must be an http or https URL')
      } else if (kind === 'href' && !isSafeHref(value)) {
        this.fail(
          `${path}.attrs.${key}`,
          'must be an http, https or mailto link, or a path on this site',
        )
      } else if (value !== '') {
        out[key] = value
      }
    }
    return out
  }

  /** An `attribution` attribute must look like an attribution id (the story checks it exists). */
  attributionId(attrs: Obj, path: string): void {
    const id = attrs.attribution
    if (id !== undefined && !(typeof id === 'string' && /^[a-z0-9-]{1,40}$/.test(id)))
      this.fail(
        `${path}.attrs.attribution`,
        'must be 1 to 40 lower-case letters, digits or hyphens',
      )
  }

  children(
    node: Obj,
    path: string,
    depth: number,
    each: (child: Json, path: string, depth: number) => Json,
    required: boolean,
  ): Json[] {
    const content = node.content
    if (content === undefined) {
      if (required) this.fail(`${path}.content`, 'is required')
      return []
    }
    if (!Array.isArray(content)) {
      this.fail(`${path}.content`, 'must be an array')
      return []
    }
    if (required && content.length === 0) this.fail(`${path}.content`, 'must not be empty')
    return content.map((child, i) => each(child, `${path}.content.${i}`, depth + 1))
  }

  count(path: string, depth: number): boolean {
    this.nodes += 1
    if (this.nodes > documentLimits.maxNodes) {
      if (this.nodes === documentLimits.maxNodes + 1)
        this.fail(path, `the document has more than ${documentLimits.maxNodes} nodes`)
      return false
    }
    if (depth > documentLimits.maxDepth) {
      this.fail(path, `nested deeper than ${documentLimits.maxDepth} levels`)
      return false
    }
    return true
  }

  inline = (node: Json, path: string, depth: number): Json => {
    if (!this.count(path, depth)) return null
    if (!isObj(node)) return (this.fail(path, 'must be an object'), null)
    if (node.type === 'hardBreak') {
      this.keys(node, path, ['type'])
      return { type: 'hardBreak' }
    }
    if (node.type !== 'text')
      return (this.fail(`${path}.type`, `unknown inline node “${String(node.type)}”`), null)
    this.keys(node, path, ['type', 'text', 'marks'])
    if (typeof node.text !== 'string' || node.text.length === 0)
      return (this.fail(`${path}.text`, 'must be a non-empty string'), null)
    if (node.text.length > documentLimits.maxText) this.fail(`${path}.text`, 'is too long')
    const out: Obj = { type: 'text', text: node.text }
    if (node.marks !== undefined) {
      if (!Array.isArray(node.marks)) this.fail(`${path}.marks`, 'must be an array')
      else if (node.marks.length > 0)
        out.marks = node.marks
          .map((m, i) => this.mark(m, `${path}.marks.${i}`))
          .sort((a, b) => markRank(a) - markRank(b))
    }
    return out
  }

  mark(mark: Json, path: string): Json {
    if (!isObj(mark)) return (this.fail(path, 'must be an object'), null)
    this.keys(mark, path, ['type', 'attrs'])
    switch (mark.type) {
      case 'bold':
      case 'italic':
      case 'code':
        return { type: mark.type }
      case 'link': {
        // Tiptap's link mark carries target/rel/class; we set those ourselves when rendering.
        const raw = isObj(mark.attrs)
          ? { ...mark.attrs, target: undefined, rel: undefined, class: undefined }
          : mark.attrs
        const attrs = this.attrs({ attrs: raw }, path, { href: 'href', title: 'string' })
        if (!isObj(raw) || raw.href === undefined || raw.href === null)
          this.fail(`${path}.attrs.href`, 'is required')
        return { type: 'link', attrs }
      }
      case 'quote': {
        const attrs = this.attrs(mark, path, { attribution: 'string' })
        this.attributionId(attrs, path)
        return Object.keys(attrs).length > 0 ? { type: 'quote', attrs } : { type: 'quote' }
      }
      default:
        this.fail(`${path}.type`, `unknown mark “${String(mark.type)}”`)
        return null
    }
  }

  paragraphOrList = (node: Json, path: string, depth: number): Json => {
    if (
      isObj(node) &&
      (node.type === 'paragraph' || node.type === 'bulletList' || node.type === 'orderedList')
    ) {
      return this.block(node, path, depth)
    }
    this.fail(`${path}.type`, 'must be a paragraph or a list')
    return null
  }

  listItem = (node: Json, path: string, depth: number): Json => {
    if (!this.count(path, depth)) return null
    if (!isObj(node) || node.type !== 'listItem')
      return (this.fail(`${path}.type`, 'must be a listItem'), null)
    this.keys(node, path, ['type', 'content'])
    return {
      type: 'listItem',
      content: this.children(node, path, depth, this.paragraphOrList, true),
    }
  }

  block = (node: Json, path: string, depth: number): Json => {
    if (!this.count(path, depth)) return null
    if (!isObj(node)) return (this.fail(path, 'must be an object'), null)
    switch (node.type) {
      case 'paragraph': {
        this.keys(node, path, ['type', 'content', 'attrs'])
        this.attrs(node, path, {})
        const content = this.children(node, path, depth, this.inline, false)
        return content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' }
      }
      case 'heading': {
        this.keys(node, path, ['type', 'content', 'attrs'])
        const attrs = this.attrs(node, path, { level: 'number' })
        if (![2, 3, 4].includes(attrs.level as number))
          this.fail(`${path}.attrs.level`, 'must be 2, 3 or 4')
        const content = this.children(node, path, depth, this.inline, false)
        return {
          type: 'heading',
          attrs: { level: attrs.level },
          ...(content.length > 0 ? { content } : {}),
        }
      }
      case 'blockquote': {
        this.keys(node, path, ['type', 'content', 'attrs'])
        const attrs = this.attrs(node, path, {
          speaker: 'string',
          role: 'string',
          source: 'string',
          sourceUrl: 'url',
          attribution: 'string',
        })
        this.attributionId(attrs, path)
        const content = this.children(node, path, depth, this.paragraphOrList, true)
        return { type: 'blockquote', ...(Object.keys(attrs).length > 0 ? { attrs } : {}), content }
      }
      case 'figure': {
        this.keys(node, path, ['type', 'attrs'])
        const attrs = this.attrs(node, path, {
          mediaId: 'string',
          src: 'url',
          alt: 'string',
          caption: 'string',
          credit: 'string',
        })
        if (attrs.mediaId === undefined && attrs.src === undefined)
          this.fail(`${path}.attrs`, 'a figure needs mediaId or src')
        return { type: 'figure', attrs }
      }
      case 'bulletList':
      case 'orderedList': {
        this.keys(node, path, ['type', 'content', 'attrs'])
        const attrs =
          node.type === 'orderedList'
            ? this.attrs(node, path, { start: 'number' })
            : this.attrs(node, path, {})
        const content = this.children(node, path, depth, this.listItem, true)
        return {
          type: node.type,
          ...(attrs.start !== undefined && attrs.start !== 1 ? { attrs } : {}),
          content,
        }
      }
      case 'horizontalRule':
        this.keys(node, path, ['type'])
        return { type: 'horizontalRule' }
      case 'embed': {
        this.keys(node, path, ['type', 'attrs'])
        const attrs = this.attrs(node, path, { url: 'url', provider: 'string' })
        if (attrs.url === undefined) this.fail(`${path}.attrs.url`, 'is required')
        return { type: 'embed', attrs }
      }
      default:
        this.fail(`${path}.type`, `unknown block type “${String(node.type)}”`)
        return null
    }
  }
}

/** UTF-8 size of the JSON, or null when it is nested too deeply to serialise (the stack runs out). */
function jsonBytes(input: unknown): number | null {
  try {
    return new TextEncoder().encode(JSON.stringify(input ?? null)).length
  } catch (error) {
    if (error instanceof RangeError) return null
    throw error
  }
}

/**
 * Validates untrusted JSON as a block document and returns a normalised copy (null attributes
 * dropped). Throws InvalidInputError listing every failing path, prefixed with `field`.
 */
export function parseDocument(input: unknown, field = 'body'): BlockDocument {
  const size = jsonBytes(input)
  if (size === null) {
    throw new InvalidInputError('The article body is not a valid document.', [
      { field, message: `nested deeper than ${documentLimits.maxDepth} levels` },
    ])
  }
  if (size > documentLimits.maxBytes) {
    throw new InvalidInputError('The article body is too large.', [
      { field, message: `is ${size} bytes; the limit is ${documentLimits.maxBytes}` },
    ])
  }
  const checker = new Checker()
  let content: Json[] = []
  if (!isObj(input) || input.type !== 'doc') {
    checker.fail(field, 'must be a document: {"type":"doc","content":[…]}')
  } else {
    checker.keys(input, field, ['type', 'content'])
    content = checker.children(input, field, 0, checker.block, false)
  }
  if (checker.errors.length > 0) {
    throw new InvalidInputError('The article body is not a valid document.', checker.errors)
  }
  return { type: 'doc', content: content as Block[] }
}

export {
  documentFromParagraphs,
  documentMediaIds,
  documentText,
  excerptOf,
} from './document-text.js'
