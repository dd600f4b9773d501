/**
 * The node-level helpers of the HTML sanitiser (`html-to-blocks.ts`): which elements are dropped
 * or start a block, visible text, safe links, and the tidying of inline runs.
 * @module
 */
import type { ChildNode, Element } from 'domhandler'
import { isTag, isText } from 'domhandler'
import type { Block, Inline, Mark } from './block-document.js'
import { documentLimits, isSafeHref } from './block-document.js'

/** A block that may sit inside a blockquote or a list item. */
export type Inner = Extract<Block, { type: 'blockquote' }>['content'][number]

export const dropped = new Set(
  'script style noscript template svg math form button input select textarea object head title meta link canvas audio video source track map area dialog'.split(
    ' ',
  ),
)
export const blockTags = new Set(
  'p h1 h2 h3 h4 h5 h6 blockquote ul ol li figure img iframe hr pre table div section article main aside header footer nav center details summary dl dt dd address fieldset figcaption picture'.split(
    ' ',
  ),
)
export const isElement = (node: ChildNode): node is Element => isTag(node)

/** The visible text of a node, whitespace collapsed. */
export function textOf(node: ChildNode | ChildNode[]): string {
  const nodes = Array.isArray(node) ? node : [node]
  let out = ''
  for (const n of nodes) {
    if (isText(n)) out += n.data
    else if (isElement(n) && !dropped.has(n.name))
      out += (n.name === 'br' ? '\n' : '') + textOf(n.children)
  }
  return out
}

export const flat = (text: string): string => text.replace(/\s+/g, ' ').trim()

export const optional = <T>(value: T | undefined): T[] => (value === undefined ? [] : [value])
export const isNormalWeight = (weight: string): boolean =>
  weight === 'normal' || weight === 'lighter' || (/^\d+$/.test(weight) && Number(weight) < 600)

export function linkMark(href: string | undefined): Mark | undefined {
  const clean = (href ?? '').trim()
  return clean !== '' && clean.length <= 2000 && isSafeHref(clean)
    ? { type: 'link', attrs: { href: clean } }
    : undefined
}

/** Blockquotes and list items hold paragraphs and lists only: headings become paragraphs. */
export function innerOf(block: Block): Inner[] {
  if (block.type === 'paragraph' || block.type === 'bulletList' || block.type === 'orderedList')
    return [block]
  if (block.type === 'heading')
    return block.content === undefined ? [] : [{ type: 'paragraph', content: block.content }]
  if (block.type === 'blockquote') return block.content
  return []
}

/** Media stay inline in a paragraph run (they become figures after it); real blocks do not. */
export const media = new Set(['img', 'iframe', 'figure', 'picture'])
export function hasBlock(el: Element): boolean {
  return el.children.some(
    (c) =>
      isElement(c) &&
      !dropped.has(c.name) &&
      ((blockTags.has(c.name) && !media.has(c.name)) || hasBlock(c)),
  )
}

export function findAll(el: Element, name: string): Element[] {
  const out: Element[] = []
  const walk = (nodes: ChildNode[]): void => {
    for (const n of nodes)
      if (isElement(n)) {
        if (n.name === name) out.push(n)
        walk(n.children)
      }
  }
  walk(el.children)
  return out
}

/** Trims spaces at the ends and around line breaks, and merges neighbouring texts with equal marks. */
export function tidy(nodes: Inline[]): Inline[] {
  const out: Inline[] = []
  for (const node of nodes) {
    const last = out[out.length - 1]
    if (
      node.type === 'text' &&
      last?.type === 'text' &&
      JSON.stringify(last.marks) === JSON.stringify(node.marks)
    ) {
      out[out.length - 1] = { ...last, text: last.text + node.text }
    } else out.push(node)
  }
  const trimmed = out.flatMap((node, i): Inline[] => {
    if (node.type !== 'text') return [node]
    let text = node.text
    if (i === 0 || out[i - 1]?.type === 'hardBreak') text = text.replace(/^ +/, '')
    if (i === out.length - 1 || out[i + 1]?.type === 'hardBreak') text = text.replace(/ +$/, '')
    // A text beyond one node's limit is carried in several, never cut: what the whole document
    // may hold is the schema's decision, reported by the caller.
    const parts: Inline[] = []
    for (let at = 0; at < text.length || at === 0; at += documentLimits.maxText)
      parts.push({ ...node, text: text.slice(at, at + documentLimits.maxText) })
    return parts
  })
  const kept = trimmed.filter((n) => n.type !== 'text' || n.text !== '')
  while (kept[0]?.type === 'hardBreak') kept.shift()
  while (kept[kept.length - 1]?.type === 'hardBreak') kept.pop()
  return kept
}
