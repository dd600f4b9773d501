/**
 * The match markers the search index puts around hits (U+0002, U+0003). The same values as the
 * store's `highlightStart`/`highlightEnd`; repeated here because render may not import the store.
 */
export const highlightStart = '\u0002'
export const highlightEnd = '\u0003'
