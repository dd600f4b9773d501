/**
 * JSON for a `<script type="application/ld+json">` block. JSON.stringify escapes quotes but not
 * `<`, so a headline holding `</script>` would end the block: `<`, `>`, `&` and the two JavaScript
 * line separators become `\u` escapes, which JSON parsers read back unchanged. So do DEL, the C1
 * controls and the noncharacters, which an HTML document may not contain (JSON.stringify already
 * escapes the C0 controls and unpaired surrogates).
 */
export function jsonLdText(data: unknown): string {
  const json = JSON.stringify(data)
  // A replace with a callback always takes V8's slow path; most blocks have nothing to escape.
  return unsafeInJson.test(json)
    ? json.replace(unsafeInJsonAll, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    : json
}

const unsafeInJson = /[<>&\u2028\u2029\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]/
const unsafeInJsonAll = new RegExp(unsafeInJson.source, 'g')
