import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import type { BrowserContext } from 'playwright-core'
import { build } from 'vite'

const harnessRoot = fileURLToPath(
  new URL('../../src/newsroom/components/story-tools/harness', import.meta.url),
)

/**
 * A production build of the story tools' harness (the four tools mounted as the editor mounts
 * them), into a temporary folder. Until the editor screen mounts them, this is how a person
 * reaches them in a browser.
 */
export async function buildToolsHarness(): Promise<{ dir: string; remove: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'masthead-tools-harness-'))
  await build({
    configFile: false,
    root: harnessRoot,
    base: '/tools-harness/',
    plugins: [react()],
    logLevel: 'warn',
    build: { outDir: dir, emptyOutDir: true, target: 'es2022' },
  })
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

/**
 * Serves the harness at `/tools-harness/` on the server's own origin (so the session cookie and
 * the API are the real ones), under the newsroom app's own Content-Security-Policy.
 */
export async function serveToolsHarness(
  context: BrowserContext,
  origin: string,
  dir: string,
): Promise<void> {
  const app = await fetch(`${origin}/newsroom/`)
  const csp = app.headers.get('content-security-policy')
  await context.route(`${origin}/tools-harness/**`, async (route) => {
    const path = new URL(route.request().url()).pathname.replace(/^\/tools-harness\/?/, '')
    await route.fulfill({
      path: join(dir, path === '' ? 'index.html' : path),
      headers: csp !== null ? { 'content-security-policy': csp } : {},
    })
  })
}
