/** What an import did, for the summary printed at the end. */
export interface ImportReport {
  /** New rows per kind (article, page, section, tag, author, media, redirect, comment). */
  imported: Record<string, number>
  updated: Record<string, number>
  /** Items seen again with nothing changed since the last run. */
  unchanged: Record<string, number>
  /** Items not imported, counted by reason. */
  skipped: Record<string, number>
  /** Items imported with a loss worth a look (unknown shortcode, cut headline…), counted by kind. */
  warnings: Record<string, number>
  /** The first warnings in full, so the reader can find the items. */
  warningSamples: string[]
  dryRun: boolean
}

export type Outcome = 'imported' | 'updated' | 'unchanged'

export const emptyReport = (dryRun: boolean): ImportReport => ({
  imported: {},
  updated: {},
  unchanged: {},
  skipped: {},
  warnings: {},
  warningSamples: [],
  dryRun,
})

/** Adds `by` to one count. */
export const bump = (counts: Record<string, number>, key: string, by = 1): void => {
  counts[key] = (counts[key] ?? 0) + by
}

/** Counts one outcome for a kind of item. */
export function countOutcome(report: ImportReport, kind: string, outcome: Outcome, by = 1): void {
  if (by > 0) bump(report[outcome], kind, by)
}

/** The items each run has counted, so a term or author that many posts name counts once. */
const countedItems = new WeakMap<ImportReport, Set<string>>()

/**
 * Counts one outcome for item `id` of a kind, unless the run behind `run` counted that item
 * already (its first outcome stands). Returns whether it counted.
 */
export function countItemOnce(
  report: ImportReport,
  run: ImportReport,
  item: { kind: string; id: string; outcome: Outcome },
): boolean {
  let seen = countedItems.get(run)
  if (seen === undefined) countedItems.set(run, (seen = new Set()))
  const key = `${item.kind}\n${item.id}`
  if (seen.has(key)) return false
  seen.add(key)
  countOutcome(report, item.kind, item.outcome)
  return true
}

/** Counts a skipped item under its reason. */
export function countSkip(report: ImportReport, reason: string): void {
  bump(report.skipped, reason)
}

/** Counts a warning under its kind and keeps the first 50 in full. */
export function countWarning(report: ImportReport, kind: string, detail: string): void {
  bump(report.warnings, kind)
  if (report.warningSamples.length < 50) report.warningSamples.push(detail)
}

/** Adds the counts of `from` into `into`. */
export function mergeReport(into: ImportReport, from: ImportReport): void {
  for (const key of ['imported', 'updated', 'unchanged', 'skipped', 'warnings'] as const) {
    for (const [k, n] of Object.entries(from[key])) bump(into[key], k, n)
  }
  for (const w of from.warningSamples)
    if (into.warningSamples.length < 50) into.warningSamples.push(w)
}
