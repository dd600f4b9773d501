import type { ComponentChildren, VNode } from 'preact'
import { Fragment, isValidElement } from 'preact'

/**
 * Serialises a tree of Preact elements to HTML, exactly as preact-render-to-string does for the
 * subset our templates use (function components that are pure functions of their props,
 * fragments, elements, text and `dangerouslySetInnerHTML` for the JSON-LD block), except that
 * text and attribute values also lose the code points HTML forbids (below).
 *
 * Why not preact-render-to-string itself: it has no hook on the text it writes, so the forbidden
 * code points could only be removed by scanning each finished page again, which was a fifth of
 * an article page's render time (235 µs with the scan, 178 µs this way; rendering alone is about
 * as fast in both). Anything outside the subset (a class component, a style object, SVG) throws
 * rather than rendering differently; `test/web/site/serialiser.test.ts` renders every kind of
 * page both ways and compares.
 */
export function renderHtml(node: ComponentChildren): string {
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
export function renderDocument(node: ComponentChildren): Buffer {
  const outer = asBytes
  asBytes = true
  try {
    return Buffer.from(`<!DOCTYPE html>${renderNode(node, undefined)}`, 'latin1')
  } finally {
    asBytes = outer
  }
}

/** Whether text is being written as UTF-8 bytes (`renderDocument`) rather than as text. */
let asBytes = false

/** Beyond ASCII: written as its UTF-8 bytes when writing bytes. */
// eslint-disable-next-line no-control-regex -- the class is every code unit beyond ASCII
const wide = /[^\u0000-\u007F]/

/** A string whose characters are `text`'s UTF-8 bytes (unchanged when it is ASCII). */
function bytesOf(text: string): string {
  return wide.test(text) ? Buffer.from(text, 'utf8').toString('latin1') : text
}

/**
 * Text and attribute values: `"`, `&` and `<` become the same entities as there, and the code
 * points HTML does not allow in a document are dropped (HTML § 13.2.2 "Preprocessing the input
 * stream": C0 controls other than tab, line feed, form feed and carriage return, DEL, the C1
 * controls, the noncharacters U+FDD0–U+FDEF, U+FFFE and U+FFFF, and unpaired surrogates).
 * Escaping cannot express them, and removing one never creates markup. Only text and attribute
 * values carry what a writer typed, so they are filtered here, as each is written, instead of
 * scanning the whole document afterwards.
 */
const special =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  /["&<\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\uD800-\uDFFF\uFDD0-\uFDEF\uFFFE\uFFFF]/

function isForbidden(code: number): boolean {
  return (
    code <= 0x08 ||
    code === 0x0b ||
    (code >= 0x0e && code <= 0x1f) ||
    (code >= 0x7f && code <= 0x9f) ||
    (code >= 0xd800 && code <= 0xdfff) ||
    (code >= 0xfdd0 && code <= 0xfdef) ||
    code === 0xfffe ||
    code === 0xffff
  )
}

/** Below this length a string is checked character by character: calling the regex costs more. */
const shortText = 24

/**
 * Writing bytes, the first test also matches any character beyond ASCII (they are all kept, but
 * written as their UTF-8 bytes); most values are plain ASCII and pass at once.
 */
const specialOrWide =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  /["&<\u0000-\u0008\u000B\u000E-\u001F\u007F-\uFFFF]/

function encodeEntities(text: string): string {
  if (text.length < shortText) {
    if (asBytes ? !hasSpecialOrWide(text) : !hasSpecial(text)) return text
  } else if (!(asBytes ? specialOrWide : special).test(text)) return text
  const escaped = escapeText(text)
  return asBytes ? bytesOf(escaped) : escaped
}

/** `text` with `"`, `&` and `<` as entities and the code points HTML forbids dropped. */
function escapeText(text: string): string {
  let out = ''
  let last = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    let replacement: string
    if (code === 34) replacement = '&quot;'
    else if (code === 38) replacement = '&amp;'
    else if (code === 60) replacement = '&lt;'
    else if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      i += 1 // a surrogate pair: one character, kept
      continue
    } else if (isForbidden(code)) replacement = ''
    else continue
    if (i !== last) out += text.slice(last, i)
    out += replacement
    last = i + 1
  }
  return out + text.slice(last)
}

const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff

/** What `special` matches, for a short string (`isForbidden` and `special` name the same set). */
function hasSpecial(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 34 || code === 38 || code === 60 || isForbidden(code)) return true
  }
  return false
}

/** What `specialOrWide` matches, for a short string. */
function hasSpecialOrWide(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 34 || code === 38 || code === 60 || code >= 0x7f || isForbidden(code)) return true
  }
  return false
}

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
const unsafeName = /[\s\n\\/='"\0<>]/
// DOM property names written in camel case whose attributes are lower case (tabIndex, srcSet…).
const lowerCased =
  /^(?:accessK|auto[A-Z]|cell|ch|col|cont|cross|dateT|encT|form[A-Z]|frame|hrefL|inputM|maxL|minL|noV|playsI|popoverT|readO|rowS|src[A-Z]|tabI|useM|item[A-Z])/
const enumerated = new Set(['draggable', 'spellcheck'])

function renderNode(node: unknown, selectValue: unknown): string {
  if (node === null || node === undefined || typeof node === 'boolean') return ''
  if (typeof node === 'string') return encodeEntities(node)
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

/**
 * How a prop outside the special cases below is written: under which attribute name (null: not
 * at all; `bare` and `before` are the text written before a boolean or a value), and whether its
 * value is written as text even when it is a boolean (data-, aria- and enumerated attributes).
 * Decided once per name: the same few dozen names recur on every page, and deciding took three
 * regex tests per attribute.
 */
interface AttributeName {
  bare: string
  before: string
  asText: boolean
}
const attributeNames = new Map<string, AttributeName | null>()

const written = (name: string, asText: boolean): AttributeName => ({
  bare: ' ' + name,
  before: ' ' + name + '="',
  asText,
})

function attributeName(key: string): AttributeName | null {
  let known = attributeNames.get(key)
  if (known === undefined) {
    if (unsafeName.test(key)) known = null
    else if (/^(xlink|xmlns|xml)([A-Z])/.test(key))
      throw new Error(`renderHtml: namespaced attribute ${key} is not supported`)
    else if (key[4] === '-' || enumerated.has(key)) known = written(key, true)
    else known = written(lowerCased.test(key) ? key.toLowerCase() : key, false)
    // Names come from templates, not from readers; the bound only guards against a template bug.
    if (attributeNames.size < 1000) attributeNames.set(key, known)
  }
  return known
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
        (known === null ? ' ' + name + '="' : known.before) + encodeEntities(asText(value)) + '"'
  }
  if (html === '') {
    if (typeof children === 'string') html = encodeEntities(children)
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
