/**
 * The match markers the search index puts around hits in a result's snippet (U+0002, U+0003):
 * the store asks the database for them, and the theme turns them into `<mark>`. Control
 * characters, so no stored text can contain them.
 */
export const highlightStart = '\u0002'
export const highlightEnd = '\u0003'
