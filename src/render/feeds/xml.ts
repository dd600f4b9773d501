/**
 * XML text and attribute escaping. Feeds and sitemaps have fixed shapes, so we write them as
 * strings; this is the one escape every value goes through. Characters XML 1.0 forbids (most
 * C0 controls, lone surrogates, U+FFFE/U+FFFF) are dropped: a parser would reject the whole feed.
 */
// Characters XML 1.0 does not allow; matching control characters is the point of this pattern.
/* eslint-disable no-control-regex */
const notXml =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
/* eslint-enable no-control-regex */

export function xml(value: string | number): string {
  return String(value)
    .replace(notXml, '')
    .replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** An element with escaped text, or nothing when the value is empty. */
export function el(name: string, value: string | number | null | undefined, attrs = ''): string {
  if (value === null || value === undefined || value === '') return ''
  return `<${name}${attrs}>${xml(value)}</${name}>`
}

/** Escaped attributes from a record (empty values left out). */
export function attrs(values: Record<string, string | number | null | undefined>): string {
  return Object.entries(values)
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => ` ${k}="${xml(v as string | number)}"`)
    .join('')
}

/**
 * Plain text as HTML. RSS 2.0 readers render `<description>` as HTML (the spec allows "entity-
 * encoded HTML" there and readers do not tell the two apart), so a dek of `<img onerror=…>`,
 * escaped for XML only, reaches them as markup. Escaped here first, then for XML by `el`.
 */
export function htmlText(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}
