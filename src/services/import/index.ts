import type { Actor } from '../../domain/roles.js'
import type { Deps } from '../deps.js'
import { exportPublication } from './export-publication.js'
import type { Batch, ImportWriter } from './import-batch.js'
import { importBatch, runImport } from './import-batch.js'
import type { ImportReport } from './report.js'
import { restorePublication } from './restore-publication.js'

interface ImportOptions {
  source: string
  dryRun: boolean
  report: ImportReport
}

/** The import and export use cases, as the importers and the CLI call them. */
export function importServices(deps: Deps) {
  return {
    /** Writes the whole publication as JSON text through `write` (admins); no password hashes unless asked. */
    exportPublication: (
      actor: Actor,
      write: (text: string) => Promise<void>,
      options: { withCredentials?: boolean } = {},
    ) => exportPublication(deps, actor, write, options),
    /** Restores an export into an empty publication (admins). */
    restorePublication: (actor: Actor, doc: unknown) => restorePublication(deps, actor, doc),
    /** One batch of imported content in one transaction (editors). */
    importBatch: (
      actor: Actor,
      options: ImportOptions,
      fn: (writer: ImportWriter) => Promise<void>,
    ) => importBatch(deps, actor, options, fn),
    /** A long import in batches, tuned for bulk writes (editors). */
    runImport: (actor: Actor, options: ImportOptions, body: (batch: Batch) => Promise<void>) =>
      runImport(deps, actor, options, body),
  }
}
