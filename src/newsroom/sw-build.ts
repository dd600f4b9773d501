/**
 * The Vite side of the newsroom's service worker (sw.ts): builds it with the app as its own
 * entry at dist/newsroom/sw.js (a fixed name: the browser finds a worker by its address), and
 * writes this build's shell into it: index.html and every hashed file the Vite manifest lists,
 * with a version made from their names, so each deployment gets a new cache and an updated worker.
 */
import type { Plugin } from 'vite'
import { precacheList } from './sw-policy.js'

const placeholder = '__NEWSROOM_SHELL__'
const workerName = 'sw'
const manifestFile = '.vite/manifest.json'

interface ManifestChunk {
  file: string
  css?: string[]
  assets?: string[]
}

/** FNV-1a: a short, stable name for the cache; not a security measure. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(36)
}

/** Every file the Vite manifest names (entries, lazy chunks, their CSS and assets). */
export function manifestFiles(manifest: Record<string, ManifestChunk>): string[] {
  const files = Object.values(manifest).flatMap((c) => [
    c.file,
    ...(c.css ?? []),
    ...(c.assets ?? []),
  ])
  return [...new Set(files)].sort()
}

interface Output {
  type: 'chunk' | 'asset'
  fileName: string
  code?: string
  imports?: string[]
  source?: string | Uint8Array
}

const text = (output: Output | undefined) =>
  output === undefined ? '' : output.type === 'chunk' ? (output.code ?? '') : String(output.source)

export function newsroomServiceWorker(): Plugin {
  return {
    name: 'masthead-newsroom-sw',
    apply: 'build',
    config(config) {
      const root = config.root ?? '.'
      return {
        build: {
          rolldownOptions: {
            input: { index: `${root}/index.html`, [workerName]: `${root}/sw.ts` },
            output: {
              entryFileNames: (chunk) =>
                chunk.name === workerName ? 'sw.js' : 'assets/[name]-[hash].js',
            },
          },
        },
      }
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const outputs = bundle as unknown as Record<string, Output>
        const worker = outputs['sw.js']
        const manifest = outputs[manifestFile]
        if (worker?.type !== 'chunk' || manifest === undefined)
          return this.error(`the service worker needs sw.js and ${manifestFile} in the bundle`)
        if ((worker.imports ?? []).length > 0)
          return this.error('sw.js imports a shared chunk; a classic worker cannot')
        const files = precacheList(
          manifestFiles(JSON.parse(text(manifest)) as Record<string, ManifestChunk>),
        )
        const index = text(outputs['index.html'])
        const shell = { version: fingerprint(`${files.join('\n')}\n${index}`), files }
        const code = worker.code ?? ''
        if (!code.includes(placeholder)) return this.error(`sw.js lost its ${placeholder}`)
        worker.code = code.replace(placeholder, JSON.stringify(shell))
      },
    },
  }
}
