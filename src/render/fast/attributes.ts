/** Where the fast serialiser (serialiser.ts) decides how a prop is written, once per name. */

export const unsafeName = /[\s\n\\/='"\0<>]/
// DOM property names written in camel case whose attributes are lower case (tabIndex, srcSet…).
const lowerCased =
  /^(?:accessK|auto[A-Z]|cell|ch|col|cont|cross|dateT|encT|form[A-Z]|frame|hrefL|inputM|maxL|minL|noV|playsI|popoverT|readO|rowS|src[A-Z]|tabI|useM|item[A-Z])/
const enumerated = new Set(['draggable', 'spellcheck'])

/**
 * How a prop outside the special cases below is written: under which attribute name (null: not
 * at all; `bare` and `before` are the text written before a boolean or a value), and whether its
 * value is written as text even when it is a boolean (data-, aria- and enumerated attributes).
 * Decided once per name: the same few dozen names recur on every page, and deciding took three
 * regex tests per attribute.
 */
export interface AttributeName {
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

export function attributeName(key: string): AttributeName | null {
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
