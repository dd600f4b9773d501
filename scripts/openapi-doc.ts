import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadConfig } from '../src/config.js'
import { openServices } from '../src/boot.js'
import { buildApp } from '../src/web/app.js'

const quiet = { info: () => {}, warn: () => {}, error: () => {} }

/** The server's OpenAPI document, built in-process on a throwaway database (nothing listens). */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'masthead-openapi-'))
  const config = loadConfig({ MASTHEAD_DATA_DIR: dir, MASTHEAD_DEMO: '0' })
  const services = await openServices(config, quiet)
  try {
    const app = await buildApp(config, services, { logger: false })
    const response = await app.inject({ method: 'GET', url: '/api/v1/openapi.json' })
    const doc = response.json<Record<string, unknown>>()
    await app.close()
    return doc
  } finally {
    await services.close()
    rmSync(dir, { recursive: true, force: true })
  }
}
