/**
 * Word's clipboard lists: each item is a `<p>` with an `mso-list` style, its bullet or number
 * written out inside `<![if !supportLists]>` … `<![endif]>`. Read by html-to-blocks.
 */
import type { ChildNode, Element } from 'domhandler'
import { isDirective, isTag } from 'domhandler'
import { DomUtils } from 'htmlparser2'

const flat = (text: string): string => text.replace(/\s+/g, ' ').trim()

/** A Word list paragraph: `<p style="mso-list:l0 level1 lfo1">` with its marker in `<![if !supportLists]>`. */
export const wordListItemOf = (node: ChildNode): Element | null =>
  isTag(node) && node.name === 'p' && /mso-list\s*:\s*l\d/i.test(node.attribs.style ?? '')
    ? node
    : null

/** Splits the marker (the bullet or number Word writes out) from the item's content. */
export function wordListItem(p: Element): { ordered: boolean; list: string; content: ChildNode[] } {
  const children = p.children
  const start = children.findIndex((c) => isDirective(c) && /^!\[if/i.test(textData(c)))
  const end = children.findIndex((c) => isDirective(c) && /^!\[endif/i.test(textData(c)))
  const marker =
    start >= 0 && end > start ? flat(DomUtils.textContent(children.slice(start + 1, end))) : ''
  const content =
    start >= 0 && end > start ? [...children.slice(0, start), ...children.slice(end + 1)] : children
  const list = /mso-list\s*:\s*(l\d+)/i.exec(p.attribs.style ?? '')?.[1] ?? ''
  return { ordered: /^\(?[0-9a-z]{1,4}[.)]$/i.test(marker), list, content }
}

const textData = (node: ChildNode): string => ('data' in node ? String(node.data) : '')
