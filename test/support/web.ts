import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../../src/web/app.js'
import type { TestDb } from './database.js'

const run = promisify(execFile)

/** The app on this test database, with a fixed public origin so URLs are predictable. */
export function testApp(
  db: TestDb,
  publicUrl: string | null = 'https://news.example.com',
): Promise<FastifyInstance> {
  const env: Record<string, string> = publicUrl !== null ? { MASTHEAD_PUBLIC_URL: publicUrl } : {}
  return buildApp(db.config(env), db.services, { logger: false })
}

/** Payloads that break naive HTML, attribute, JSON-LD, URL and XML output. */
export const hostile = {
  text: `</script><script>alert(1)</script><img src=x onerror=alert(2)> "quoted" 'single' & ampersand ]]> \u0002ctl\u0003 <!-- -->`,
  attr: `" onmouseover="alert(3)" data-x='`,
  href: 'javascript:alert(4)',
  urlHref: `https://example.org/?a="><script>alert(5)</script>&b='x'`,
}

/** Runs xmllint on a document; returns its exit code and messages. */
export async function xmllint(
  xml: string,
  args: string[],
): Promise<{ ok: boolean; output: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'masthead-xml-'))
  const file = join(dir, 'doc.xml')
  writeFileSync(file, xml)
  try {
    const { stderr } = await run('xmllint', ['--noout', '--nonet', ...args, file])
    return { ok: true, output: stderr }
  } catch (error) {
    const e = error as { stderr?: string; message: string }
    return { ok: false, output: e.stderr ?? e.message }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
