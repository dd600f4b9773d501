/** `masthead export FILE` and `masthead import json FILE`: the whole publication as one JSON file. */
import { createWriteStream } from 'node:fs'
import { readFile, rename } from 'node:fs/promises'
import { once } from 'node:events'
import { InvalidInputError } from '../../domain/errors.js'
import type { Actor } from '../../domain/roles.js'
import type { Services } from '../../services/index.js'

/**
 * Writes the export to `file` (through a temporary name, so a failed export leaves no half file),
 * readable by its owner only when it holds password hashes.
 */
export async function exportJson(
  services: Services,
  actor: Actor,
  file: string,
  options: { withCredentials?: boolean } = {},
): Promise<{ articles: number }> {
  const tmp = `${file}.${process.pid}.tmp`
  const out = createWriteStream(tmp, {
    encoding: 'utf8',
    ...(options.withCredentials === true ? { mode: 0o600 } : {}),
  })
  const result = await services.imports.exportPublication({
    actor,
    write: async (text) => {
      if (!out.write(text)) await once(out, 'drain')
    },
    withCredentials: options.withCredentials === true,
  })
  out.end()
  await once(out, 'finish')
  await rename(tmp, file)
  return result
}

/** Restores an export file into an empty publication. Throws InvalidInputError for bad files. */
export async function importJson(
  services: Services,
  actor: Actor,
  file: string,
): Promise<{ articles: number }> {
  let doc: unknown
  try {
    doc = JSON.parse(await readFile(file, 'utf8'))
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new InvalidInputError(`${file} is not a JSON file we can read (${reason}).`, [], {
      cause: error,
    })
  }
  return services.imports.restorePublication({ actor, doc })
}
