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

interface Acting {
  actor: Actor
}

/** An import's options, with `body` doing the writing through what the run hands it. */
type Run<T> = Acting & ImportOptions & { body: (through: T) => Promise<void> }

/** The import and export use cases, as the importers and the CLI call them. */
export function importServices(deps: Deps) {
  return {
    /**
     * Writes the whole publication as JSON text through `write` (admins); password hashes only
     * with `withCredentials`.
     */
    exportPublication: ({
      actor,
      write,
      withCredentials = false,
    }: Acting & { write: (text: string) => Promise<void>; withCredentials?: boolean }) =>
      exportPublication(deps, actor, write, { withCredentials }),
    /** Restores an export into an empty publication (admins). */
    restorePublication: ({ actor, doc }: Acting & { doc: unknown }) =>
      restorePublication(deps, actor, doc),
    /** One batch of imported content in one transaction (editors); `body` gets the writer. */
    importBatch: ({ actor, body, ...options }: Run<ImportWriter>) =>
      importBatch(deps, actor, options, body),
    /** A long import in batches, tuned for bulk writes (editors); `body` gets the batches. */
    runImport: ({ actor, body, ...options }: Run<Batch>) => runImport(deps, actor, options, body),
  }
}
