import type { ComponentChildren, VNode } from 'preact'
import { Fragment, isValidElement } from 'preact'
import type { AttributeName } from './attributes.js'
import { attributeName, unsafeName } from './attributes.js'
import { bytesOf, encodeEntities } from './escape.js'

/**
 * Serialises a tree of Preact elements to HTML, exactly as preact-render-to-string does for the
 * subset our templates use (function components that are pure functions of their props,
 * fragments, elements, text and `dangerouslySetInnerHTML` for the JSON-LD block), except that
 * text and attribute values also lose the code points HTML forbids (escape.ts).
 *
 * Why not preact-render-to-string itself: it has no hook on the text it writes, so the forbidden
 * code points can only be removed by scanning each finished page again (what the plain path in
 * render/html.ts does), which was a fifth of an article page's render time (235 µs with the scan,
 * 178 µs this way; rendering alone is about as fast in both). Anything outside the subset (a class
 * component, a style object, SVG) throws rather than rendering differently;
 * `test/web/site/serialiser.test.ts` renders every kind of page both ways and compares.
 */
export function renderHtmlFast(node: ComponentChildren): string {
  const outer = asBytes
  asBytes = false
  try {
    return renderNode(node, undefined)
  } finally {
    asBytes = outer
  }
}

/**
 * A whole document (`<!DOCTYPE html>` and the tree) as UTF-8 bytes, for sending.
 *
 * The tree is serialised as a string whose characters are the document's UTF-8 bytes (each text
 * and attribute value with a character beyond ASCII is encoded as it is written), and that string
 * becomes bytes with one copy. Serialised as text, a page with a single character beyond Latin-1
 * (a dash in the title) is one long two-byte string: V8 copied its few thousand pieces into a flat
 * two-byte copy, measured it in UTF-8 and then encoded it, about a tenth of an uncached article
 * page's CPU; the markup, the URLs and most text are ASCII and now pass through as single bytes.
 */
export function renderDocumentFast(node: ComponentChildren): Buffer {
  const outer = asBytes
  asBytes = true
  try {
    return Buffer.from(`<!DOCTYPE html>${renderNode(node, undefined)}`, 'latin1')
  } finally {
    asBytes = outer
  }
}

/** Whether text is being written as UTF-8 bytes (`renderDocumentFast`) rather than as text. */
let asBytes = false

const voidElements = new Set([
  'area',
  'base',
  'br',
  'col',
  'command',
  'embed',
  'hr',
  'img',
  'input',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
])
function renderNode(node: unknown, selectValue: unknown): string {
  if (node === null || node === undefined || typeof node === 'boolean') return ''
  if (typeof node === 'string') return encodeEntities(node, asBytes)
  if (typeof node === 'number' || typeof node === 'bigint') return String(node)
  if (Array.isArray(node)) {
    let out = ''
    for (const child of node) out += renderNode(child, selectValue)
    return out
  }
  // Any other object renders as nothing, as there.
  if (!isValidElement(node)) return ''
  const vnode = node as VNode<Record<string, unknown>>
  const { type, props } = vnode
  if (typeof type === 'function') {
    if (type === Fragment) return renderNode(props.children, selectValue)
    if ((type.prototype as { render?: unknown } | undefined)?.render !== undefined)
      throw new Error(`renderHtml: class component ${type.name} is not supported`)
    return renderNode((type as (p: unknown) => unknown)(props), selectValue)
  }
  return renderElement(type, props, selectValue)
}

/**
 * What is written for each tag name, checked and built once: templates use a few dozen names, on
 * every page. One lookup per element gives its opening and closing text and whether it is void.
 */
const tags = new Map<string, { open: string; close: string; isVoid: boolean }>()

function tagOf(type: string): { open: string; close: string; isVoid: boolean } {
  let tag = tags.get(type)
  if (tag === undefined) {
    if (type === 'svg') throw new Error('renderHtml: SVG is not supported')
    if (unsafeName.test(type)) throw new Error(`${type} is not a valid HTML tag name`)
    tag = { open: '<' + type, close: '</' + type + '>', isVoid: voidElements.has(type) }
    if (tags.size < 1000) tags.set(type, tag)
  }
  return tag
}

function renderElement(type: string, props: Record<string, unknown>, selectValue: unknown): string {
  const tag = tagOf(type)
  let out = tag.open
  let html = ''
  let children: unknown = undefined
  for (const key in props) {
    let name = key
    let value = props[key]
    // Set for names decided by attributeName; the special cases below write `name` instead.
    let known: AttributeName | null = null
    if (typeof value === 'function' && name !== 'class' && name !== 'className') continue
    switch (name) {
      case 'children':
        children = value
        continue
      case 'key':
      case 'ref':
      case '__self':
      case '__source':
        continue
      case 'htmlFor':
        if ('for' in props) continue
        name = 'for'
        break
      case 'className':
        if ('class' in props) continue
        name = 'class'
        break
      case 'defaultChecked':
        name = 'checked'
        break
      case 'defaultSelected':
        name = 'selected'
        break
      case 'defaultValue':
      case 'value':
        name = 'value'
        if (type === 'textarea') {
          children = value
          continue
        }
        if (type === 'select') {
          selectValue = value
          continue
        }
        if (type === 'option' && selectValue == value && !('selected' in props)) out += ' selected'
        break
      case 'dangerouslySetInnerHTML':
        html = (value as { __html?: string } | null | undefined)?.__html ?? ''
        if (asBytes) html = bytesOf(html)
        continue
      case 'style':
        if (typeof value === 'object' && value !== null)
          throw new Error('renderHtml: style objects are not supported')
        break
      case 'acceptCharset':
        name = 'accept-charset'
        break
      case 'httpEquiv':
        name = 'http-equiv'
        break
      default: {
        known = attributeName(name)
        if (known === null) continue
        if (known.asText && value != null) value = asText(value)
      }
    }
    if (value === null || value === undefined || value === false) continue
    if (value === true || value === '') out += known === null ? ' ' + name : known.bare
    else
      out +=
        (known === null ? ' ' + name + '="' : known.before) +
        encodeEntities(asText(value), asBytes) +
        '"'
  }
  if (html === '') {
    if (typeof children === 'string') html = encodeEntities(children, asBytes)
    else if (children !== null && children !== undefined && typeof children !== 'boolean')
      html = renderNode(children, selectValue)
  }
  if (html === '' && tag.isVoid) return out + '/>'
  return out + '>' + html + tag.close
}

/**
 * An attribute value as text, the way preact-render-to-string's `value + ''` makes it: templates
 * pass strings, numbers and booleans (an object would read "[object Object]" in both).
 */
function asText(value: unknown): string {
  return typeof value === 'string' ? value : `${value as number}`
}
