/**
 * Article-extraction benchmark: runs our page importer's extraction (Readability on linkedom,
 * then HTML → blocks → text) on all pages of the benchmark set and scores the body text against
 * the ground truth with the benchmark's 4-token shingle precision/recall/F1, beside the
 * published baselines scored the same way. Usage: npm run bench:extract
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { documentText } from '../src/domain/block-document.js'
import { readPage } from '../src/importers/article-page/import-article-page.js'
import { htmlToBlocks } from '../src/domain/html-to-blocks.js'
import { documentScore, overallScore } from './shingle-f1.js'

const root = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'shared',
  'fixtures',
  'article-extraction-benchmark',
)
if (!existsSync(root)) {
  // Third-party pages without an open licence: not in the repository (test/fixtures/README.md).
  console.error(`bench:extract needs the article-extraction benchmark at ${root}`)
  process.exit(1)
}
type Bodies = Record<string, { articleBody: string }>
const read = (file: string): Bodies => JSON.parse(readFileSync(join(root, file), 'utf8')) as Bodies

const truth = read('ground-truth.json')
const ids = readdirSync(join(root, 'html'))
  .filter((f) => f.endsWith('.html.gz'))
  .map((f) => f.replace('.html.gz', ''))
  .filter((id) => truth[id] !== undefined)
  .sort()

const started = performance.now()
const ours = []
for (const id of ids) {
  let text = ''
  try {
    const page = await readPage(join(root, 'html', `${id}.html.gz`))
    text = documentText(htmlToBlocks(page.bodyHtml ?? ''))
  } catch {
    text = '' // a page we cannot read scores zero, as in the benchmark
  }
  ours.push(documentScore(text, truth[id]?.articleBody ?? ''))
}
const ms = (performance.now() - started) / ids.length

const fmt = (s: { precision: number; recall: number; f1: number }): string =>
  `${s.precision.toFixed(3)} | ${s.recall.toFixed(3)} | ${s.f1.toFixed(3)}`
console.log(
  `Article extraction — ${new Date().toISOString()}, ${ids.length} pages, ${cpus().length} CPUs, ${Math.round(totalmem() / 1e9)} GB RAM, Node ${process.version}`,
)
console.log('| extractor | precision | recall | F1 |\n|---|---:|---:|---:|')
console.log(
  `| Masthead (Readability + linkedom → blocks), ${ms.toFixed(1)} ms/page | ${fmt(overallScore(ours))} |`,
)
for (const [name, file] of [
  ['readability.js baseline', 'baselines/readability_js.json'],
  ['trafilatura baseline', 'baselines/trafilatura.json'],
] as const) {
  const raw = read(file) as Bodies & { output?: Bodies }
  const baseline = raw.output ?? raw
  console.log(
    `| ${name} (rescored here) | ${fmt(overallScore(ids.map((id) => documentScore(baseline[id]?.articleBody ?? '', truth[id]?.articleBody ?? ''))))} |`,
  )
}
