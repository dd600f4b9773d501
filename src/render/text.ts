// HTML forbids C0 controls other than whitespace, DEL and C1 controls, and noncharacters (HTML
// § 13.2.2 "Preprocessing the input stream"). Escaping cannot express them, so rendered pages drop
// them; removing a character never creates markup. Matching control characters is the point here.
/* eslint-disable no-control-regex */
const forbidden =
  /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Any character the pattern above could remove: controls, noncharacters, any surrogate. */
const suspect =
  /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\uD800-\uDFFF\uFDD0-\uFDEF\uFFFE\uFFFF]/
/* eslint-enable no-control-regex */

/** The rendered document without code points HTML does not allow. */
export function withoutForbiddenCodePoints(html: string): string {
  // Most pages hold none of these: one pass of a plain character class answers that in a fifth of
  // the time the look-around pattern takes over a whole page.
  return suspect.test(html) ? html.replace(forbidden, '') : html
}
