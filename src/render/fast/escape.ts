/**
 * How the fast serialiser (serialiser.ts) writes text and attribute values: escaped as
 * preact-render-to-string escapes them, without the code points HTML forbids, and, for a whole
 * document, as UTF-8 bytes.
 */

/** Beyond ASCII: written as its UTF-8 bytes when writing bytes. */
// eslint-disable-next-line no-control-regex -- the class is every code unit beyond ASCII
const wide = /[^\u0000-\u007F]/

/** A string whose characters are `text`'s UTF-8 bytes (unchanged when it is ASCII). */
export function bytesOf(text: string): string {
  return wide.test(text) ? Buffer.from(text, 'utf8').toString('latin1') : text
}

/**
 * Text and attribute values: `"`, `&` and `<` become the same entities as in preact-render-to-string, and the code
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

/**
 * `text` as written in a document: unchanged when it needs nothing (the usual case), else escaped,
 * and as its UTF-8 bytes when `asBytes`.
 */
export function encodeEntities(text: string, asBytes: boolean): string {
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
