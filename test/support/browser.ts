import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { BrowserContext } from 'playwright-core'
import { chromium } from 'playwright-core'
import vnuJar from 'vnu-jar'

const run = promisify(execFile)

/** Nu HTML Checker errors per document name, checking every document in one JVM start. */
export async function vnuErrors(docs: Record<string, string>): Promise<Record<string, string[]>> {
  const dir = mkdtempSync(join(tmpdir(), 'masthead-vnu-'))
  const files = Object.entries(docs).map(([name, html], i) => {
    const file = join(dir, `${i}.html`)
    writeFileSync(file, html)
    return { name, file }
  })
  let output = ''
  try {
    const result = await run(
      'java',
      ['-jar', vnuJar, '--errors-only', '--format', 'json', ...files.map((f) => f.file)],
      {
        maxBuffer: 32 * 1024 * 1024,
      },
    )
    output = result.stderr || result.stdout
  } catch (error) {
    // vnu exits 1 when it found errors; the report is still on stderr.
    output = (error as { stderr?: string }).stderr ?? ''
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  const report = JSON.parse(output || '{"messages":[]}') as {
    messages: { url?: string; message: string; extract?: string; lastLine?: number }[]
  }
  const errors: Record<string, string[]> = Object.fromEntries(files.map((f) => [f.name, []]))
  for (const m of report.messages) {
    const file = files.find((f) => m.url?.endsWith(`/${f.file.split('/').pop()}`))
    errors[file?.name ?? 'unknown']?.push(
      `${m.lastLine ?? '?'}: ${m.message} ${m.extract ?? ''}`.trim(),
    )
  }
  return errors
}

/** A fresh Chromium profile (Debian's chromium); close it with `close()`. */
export async function openBrowser(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'masthead-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    // Our CSP forbids scripts; the test injects axe-core, so it bypasses CSP for itself only.
    bypassCSP: true,
  })
  return {
    context,
    async close() {
      await context.close()
      rmSync(profile, { recursive: true, force: true })
    },
  }
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core'), 'utf8')

export interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: { target: string[] }[]
}

/** Runs axe-core on the page at `url` and returns its serious and critical violations. */
export async function axeSerious(context: BrowserContext, url: string): Promise<AxeViolation[]> {
  const page = await context.newPage()
  try {
    await page.goto(url)
    await page.addScriptTag({ content: axeSource })
    const result = await page.evaluate(async () => {
      const axe = (
        globalThis as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }
      ).axe
      return axe.run()
    })
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  } finally {
    await page.close()
  }
}

/** The page's serious and critical axe-core violations as lines naming rule, help and targets. */
export async function axeLines(context: BrowserContext, url: string): Promise<string[]> {
  return (await axeSerious(context, url)).map(
    (v) => `${v.id}: ${v.help} ${JSON.stringify(v.nodes.map((n) => n.target))}`,
  )
}

/** Full-page screenshots at the given widths, written to `test-artifacts/`. */
export async function screenshots(
  context: BrowserContext,
  url: string,
  name: string,
  widths: number[],
) {
  mkdirSync('test-artifacts', { recursive: true })
  for (const width of widths) {
    const page = await context.newPage()
    await page.setViewportSize({ width, height: 900 })
    await page.goto(url)
    // Scroll through the page so lazy pictures load before the full-page capture.
    await page.evaluate(
      '(async () => { for (let y = 0; y < document.body.scrollHeight; y += 500) { window.scrollTo(0, y); await new Promise((r) => setTimeout(r, 30)) } window.scrollTo(0, 0) })()',
    )
    await page.waitForLoadState('networkidle')
    await page.screenshot({ path: join('test-artifacts', `${name}-${width}.png`), fullPage: true })
    await page.close()
  }
}
