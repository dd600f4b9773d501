/** Rows per multi-row statement: well under both databases' limits on bound parameters. */
const defaultSize = 500

/** The items in consecutive slices of at most `size`, for multi-row statements. */
export function chunks<T>(items: readonly T[], size = defaultSize): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}
