import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fixturesDir } from '../support/fixtures.js'

/** Every data file under test/fixtures (README and PROVENANCE files are notes, not data). */
function dataFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return dataFiles(path)
    return /^(README|PROVENANCE)\.md$|^SHA256SUMS$/.test(entry.name) ? [] : [path]
  })
}

/** SHA256SUMS as `sha256sum` writes it: “<hex>  <path>” per line. */
const recorded = (): Map<string, string> =>
  new Map(
    readFileSync(join(fixturesDir, 'SHA256SUMS'), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => {
        const [sum = '', path = ''] = line.split(/\s+\*?/, 2)
        return [path, sum]
      }),
  )

describe('test fixtures are the files their provenance records', () => {
  it('lists every data file in SHA256SUMS with the sum of its bytes', () => {
    const sums = recorded()
    const files = dataFiles(fixturesDir).map((f) => relative(fixturesDir, f).split('\\').join('/'))
    expect(files.filter((f) => !sums.has(f))).toEqual([])
    expect([...sums.keys()].filter((f) => !files.includes(f))).toEqual([])
    const wrong = files.filter(
      (f) =>
        createHash('sha256')
          .update(readFileSync(join(fixturesDir, f)))
          .digest('hex') !== sums.get(f),
    )
    expect(wrong).toEqual([])
  })
})
