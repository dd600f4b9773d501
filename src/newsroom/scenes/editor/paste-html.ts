/**
 * Pasted HTML goes through the importers' HTML-to-blocks conversion (src/domain/html-to-blocks.ts,
 * with its HTML parser). That code is only needed at a paste, so it is not part of the editor's
 * first load: it is fetched in idle time once the editor is open, and a paste that comes earlier
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

/** Loads the conversion when the browser is idle (or after a short wait where it has no idle). */
export function loadPasteWhenIdle(): () => void {
  const start = () => void whenPasteReady().catch(() => (loading = null))
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(start, { timeout: 3000 })
    return () => window.cancelIdleCallback(id)
  }
  const id = setTimeout(start, 1000)
  return () => clearTimeout(id)
}
