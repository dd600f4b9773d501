/**
 * JSON for a `<script type="application/ld+json">` block. JSON.stringify escapes quotes but not
 * `<`, so a headline holding `</script>` would end the block: `<`, `>`, `&` and the two JavaScript
 * line separators become `\u` escapes, which JSON parsers read back unchanged.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}
