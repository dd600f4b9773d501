import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import type { TestProject } from 'vitest/node'
import { openServices } from '../../src/boot.js'
import { loadConfig } from '../../src/config.js'
import { systemActor } from '../../src/domain/roles.js'
import { defaultNewsroomDir } from '../../src/web/newsroom.js'
import { people, quiet } from './people.js'

declare module 'vitest' {
  export interface ProvidedContext {
    newsroomTemplate: string
    chromiumEndpoint: string
  }
}

/**
 * Once per run: a data folder with the demo publication and one account per role (each test
 * file copies it), and one Chromium that every file connects to.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(join(defaultNewsroomDir, 'index.html')))
    throw new Error('dist/newsroom is missing: run `npm run build` before the browser tests.')
  const dir = mkdtempSync(join(tmpdir(), 'masthead-newsroom-tpl-'))
  const config = loadConfig({ MASTHEAD_DATA_DIR: dir, MASTHEAD_DEMO: '0' })
  const services = await openServices(config, quiet)
  try {
    await services.loadDemo()
    for (const person of Object.values(people))
      await services.accounts.createUser({ actor: systemActor('test'), ...person })
  } finally {
    await services.close()
  }
  const server = await chromium.launchServer({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  })
  project.provide('newsroomTemplate', dir)
  project.provide('chromiumEndpoint', server.wsEndpoint())
  return async () => {
    await server.close()
    rmSync(dir, { recursive: true, force: true })
  }
}
