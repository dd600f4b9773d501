/**
 * Pasted HTML goes through the importers' HTML-to-blocks conversion (src/domain/html-to-blocks.ts,
 * with its HTML parser). That code is only needed at a paste, so it is not part of the editor's
 * first load: it is fetched in idle time a few seconds after the editor opened, and a paste that comes earlier
 * waits for it (`whenPasteReady`) instead of reaching the editor unconverted.
 */
import type { BlockDocument } from '../../../domain/block-document.js'

type Convert = (html: string) => BlockDocument

let convert: Convert | null = null
let loading: Promise<Convert> | null = null

/** Starts loading the conversion (once); resolves when it is ready. */
export function whenPasteReady(): Promise<Convert> {
  loading ??= import('../../../domain/html-to-blocks.js').then((m) => {
    convert = (html) => m.htmlToBlocks(html)
    return convert
  })
  return loading
}

/** The conversion when it has loaded, else null. */
export const pasteConversion = (): Convert | null => convert

/**
 * Loads the conversion a few seconds after the editor opened, when the browser is idle, so it
 * never competes with opening the story and the first keystrokes.
 */
export function loadPasteWhenIdle(): () => void {
  const start = () => void whenPasteReady().catch(() => (loading = null))
  let idle: number | undefined
  const wait = setTimeout(() => {
    if (typeof window.requestIdleCallback === 'function')
      idle = window.requestIdleCallback(start, { timeout: 3000 })
    else start()
  }, 3000)
  return () => {
    clearTimeout(wait)
    if (idle !== undefined) window.cancelIdleCallback(idle)
  }
}
