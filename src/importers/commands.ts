/** The `import …` and `export` subcommands of the `masthead` command: parse, call, report. */
import type { Command } from 'commander'
import { systemActor } from '../domain/roles.js'
import type { Services } from '../services/index.js'
import type { ImportReport } from '../services/import/report.js'
import { formatReport, progressReporter } from './progress.js'

// Each importer (and its XML/HTML parsers) is loaded when its command runs, so `masthead serve`
// never holds them in memory.
const wxr = () => import('./wxr/import-wxr.js')
const ghost = () => import('./ghost/import-ghost.js')
const articlePages = () => import('./article-page/import-article-page.js')
const publicationJson = () => import('./json/publication-json.js')

type Run = (flags: object, fn: (services: Services) => Promise<void>) => Promise<void>
type Flags = { data?: string; dryRun?: boolean; uploads?: string; withCredentials?: boolean }

const actor = systemActor('import')

async function withReport(
  label: string,
  fn: (progress: (d: number, t: number) => void) => Promise<ImportReport>,
): Promise<void> {
  const progress = progressReporter(label)
  try {
    const report = await fn((done, total) => progress.update(done, total))
    progress.stop()
    process.stdout.write(`${formatReport(report)}\n`)
  } finally {
    progress.stop()
  }
}

/** Adds `import wxr|ghost|article|json` and `export` to the program. */
export function registerImportCommands(
  program: Command,
  run: Run,
  dataOption: readonly [string, string],
): void {
  const group = program
    .command('import')
    .description('bring content in from another platform or an export')
  group
    .command('wxr')
    .description('import a WordPress export (WXR 1.0–1.2)')
    .argument('<file>', 'the WXR file')
    .option('--uploads <dir>', 'a copy of wp-content/uploads, to take media files from')
    .option('--dry-run', 'do everything, then roll back and report')
    .option(...dataOption)
    .action(async (file: string, flags: Flags) => {
      const { importWxr } = await wxr()
      await run(flags, (services) =>
        withReport('WordPress', (onProgress) =>
          importWxr(services, actor, file, {
            ...(flags.uploads !== undefined ? { uploads: flags.uploads } : {}),
            dryRun: flags.dryRun === true,
            onProgress,
          }),
        ),
      )
    })
  group
    .command('ghost')
    .description('import a Ghost JSON export (posts, pages, tags, users; never passwords or keys)')
    .argument('<file>', 'the Ghost export (.json)')
    .option('--images <dir>', "a copy of the site's content/images folder, to take pictures from")
    .option('--site-url <url>', 'the Ghost site’s address, to link pictures not in --images')
    .option('--dry-run', 'do everything, then roll back and report')
    .option(...dataOption)
    .action(async (file: string, flags: Flags & { images?: string; siteUrl?: string }) => {
      const { importGhost } = await ghost()
      await run(flags, (services) =>
        withReport('Ghost', (onProgress) =>
          importGhost(services, actor, file, {
            ...(flags.images !== undefined ? { images: flags.images } : {}),
            ...(flags.siteUrl !== undefined ? { siteUrl: flags.siteUrl } : {}),
            dryRun: flags.dryRun === true,
            onProgress,
          }),
        ),
      )
    })
  group
    .command('article')
    .description('import saved article pages (HTML, optionally gzipped, or their plain text)')
    .argument('<files...>', 'one or more page files')
    .option('--publish', 'publish dated pages on their date (default: import as drafts)')
    .option(
      '--labels-as-tags',
      'section labels that match no section become tags (default: new sections, in no menu)',
    )
    .option('--dry-run', 'do everything, then roll back and report')
    .option(...dataOption)
    .action(
      async (files: string[], flags: Flags & { publish?: boolean; labelsAsTags?: boolean }) => {
        const { importArticlePages } = await articlePages()
        await run(flags, (services) =>
          withReport('Pages', (onProgress) =>
            importArticlePages(services, actor, files, {
              dryRun: flags.dryRun === true,
              publish: flags.publish === true,
              labelsAsTags: flags.labelsAsTags === true,
              onProgress,
            }),
          ),
        )
      },
    )
  group
    .command('json')
    .description('restore a Masthead JSON export into an empty publication')
    .argument('<file>', 'the export file')
    .option(...dataOption)
    .action(async (file: string, flags: Flags) => {
      const { importJson } = await publicationJson()
      await run(flags, async (services) => {
        const { articles } = await importJson(services, actor, file)
        process.stdout.write(`Restored ${articles} articles from ${file}.\n`)
      })
    })
  program
    .command('export')
    .description('write the whole publication to a versioned JSON file')
    .argument('<file>', 'where to write the export')
    .option(
      '--with-credentials',
      'also write password hashes (the file is then readable by its owner only); never sessions or API tokens',
    )
    .option(...dataOption)
    .action(async (file: string, flags: Flags) => {
      const { exportJson } = await publicationJson()
      await run(flags, async (services) => {
        const { articles } = await exportJson(services, actor, file, {
          withCredentials: flags.withCredentials === true,
        })
        process.stdout.write(`Exported ${articles} articles to ${file}.\n`)
      })
    })
}
