import cliProgress from 'cli-progress'
import type { ImportReport } from '../services/import/report.js'

/** A progress bar on a terminal, a plain line every 10% (or every batch) otherwise. */
export function progressReporter(label: string, out: NodeJS.WriteStream = process.stderr) {
  let bar: cliProgress.SingleBar | null = null
  let lastTenth = -1
  return {
    update(done: number, total: number): void {
      if (out.isTTY) {
        if (bar === null) {
          bar = new cliProgress.SingleBar(
            { format: `${label} [{bar}] {value}/{total} items`, stream: out },
            cliProgress.Presets.shades_classic,
          )
          bar.start(total, 0)
        }
        bar.update(done)
        return
      }
      const tenth = total === 0 ? 10 : Math.floor((done / total) * 10)
      if (tenth !== lastTenth) out.write(`${label}: ${done}/${total} items\n`)
      lastTenth = tenth
    },
    stop(): void {
      bar?.stop()
    },
  }
}

const list = (counts: Record<string, number>): string =>
  Object.entries(counts)
    .map(([k, n]) => `${n} ${k}`)
    .join(', ') || 'none'

/** The end-of-run summary, one fact per line. */
export function formatReport(report: ImportReport): string {
  const lines = [
    report.dryRun ? 'Dry run: nothing was saved. It would have:' : 'Import finished.',
    `  imported:  ${list(report.imported)}`,
    `  updated:   ${list(report.updated)}`,
    `  unchanged: ${list(report.unchanged)}`,
    `  skipped:   ${list(report.skipped)}`,
    `  warnings:  ${list(report.warnings)}`,
  ]
  for (const sample of report.warningSamples.slice(0, 10)) lines.push(`    - ${sample}`)
  return lines.join('\n')
}
