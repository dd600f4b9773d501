/**
 * Time and peak memory to ingest one 24-megapixel JPEG and produce all of its variants
 * (5 widths × AVIF/WebP/JPEG, original crop), into a throwaway SQLite database and data folder.
 * Run: npm run bench:media
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { cpus, tmpdir, totalmem } from 'node:os'
import { join } from 'node:path'
import sharp from 'sharp'
import { systemActor } from '../src/domain/roles.js'
import { variantFormats, widthsFor } from '../src/domain/media.js'
import { createEventBus, createServices, randomIds, systemClock } from '../src/services/index.js'
import { localFiles } from '../src/store/files.js'
import { createStore } from '../src/store/index.js'

const dir = mkdtempSync(join(tmpdir(), 'masthead-bench-media-'))
let peak = process.memoryUsage().rss
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss)
}, 5)

try {
  // 6000×4000 of noise-like texture compresses like a real photo, unlike a flat colour.
  const width = 6000
  const height = 4000
  const noise = Buffer.alloc(width * height * 3)
  for (let i = 0; i < noise.length; i += 1) noise[i] = (i * 2654435761) >>> 24
  const photo = await sharp(noise, { raw: { width, height, channels: 3 } })
    .blur(1.2)
    .jpeg({ quality: 88 })
    .toBuffer()
  const store = createStore({ kind: 'sqlite', file: join(dir, 'bench.db') })
  await store.migrate()
  const services = createServices({
    store,
    clock: systemClock,
    ids: randomIds,
    events: createEventBus(),
    files: localFiles(join(dir, 'media')),
  })
  const actor = systemActor('bench')
  const baseline = process.memoryUsage().rss
  peak = baseline
  const t0 = performance.now()
  const media = await services.media.ingest({ actor, input: { bytes: photo, credit: 'Bench' } })
  const t1 = performance.now()
  const timings: Record<string, number> = {}
  for (const format of variantFormats) {
    const start = performance.now()
    for (const w of widthsFor(media.width ?? 0)) {
      const ext = format === 'jpeg' ? 'jpg' : format
      await services.media.variant({ id: media.id, name: `original-${w}.${ext}` })
    }
    timings[format] = Math.round(performance.now() - start)
  }
  const t2 = performance.now()
  clearInterval(sampler)
  await store.close()
  const mb = (n: number) => Math.round(n / 1024 / 1024)
  console.log(
    `machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${mb(totalmem())} MB, node ${process.version}, sharp ${sharp.versions.sharp ?? '?'} / libvips ${sharp.versions.vips}`,
  )
  console.log(`input: ${width}×${height} JPEG, ${(photo.length / 1024 / 1024).toFixed(1)} MB`)
  console.log(`ingest (inspect + full decode check + metadata + store): ${Math.round(t1 - t0)} ms`)
  console.log(
    `variants: ${widthsFor(media.width ?? 0).length} widths × 3 formats in ${Math.round(t2 - t1)} ms (avif ${timings.avif} ms, webp ${timings.webp} ms, jpeg ${timings.jpeg} ms)`,
  )
  console.log(`peak RSS: ${mb(peak)} MB (baseline ${mb(baseline)} MB, +${mb(peak - baseline)} MB)`)
} finally {
  clearInterval(sampler)
  rmSync(dir, { recursive: true, force: true })
}
