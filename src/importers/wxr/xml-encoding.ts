/**
 * The character encoding of an XML export: what its declaration says (`<?xml … encoding="…"?>`,
 * UTF-8 when absent, as XML says), checked against the bytes. Old WordPress sites often exported
 * windows-1252 or ISO-8859-1, declared or not; a file whose bytes contradict its declaration is
 * read the way its bytes say, with a warning, instead of turning every accent into `�`.
 */
import { createReadStream } from 'node:fs'
import { open } from 'node:fs/promises'

export interface XmlEncoding {
  /** The WHATWG encoding name to decode the file with (`utf-8`, `windows-1252`…). */
  name: string
  /** Set when the bytes contradict the declaration; says what was done. */
  warning: string | null
}

/** The `encoding` of the XML declaration in the file's first bytes, lower case ('' when none). */
function declaredEncoding(head: Buffer): string {
  const text = head.toString('latin1')
  const decl =
    /^(?:\uFEFF|\xEF\xBB\xBF)?\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(text)
  return decl?.[1]?.toLowerCase() ?? ''
}

/** What the bytes are: valid UTF-8 or not, and whether any byte is beyond ASCII. */
async function utf8Shape(file: string): Promise<{ valid: boolean; nonAscii: boolean }> {
  const decoder = new TextDecoder('utf-8', { fatal: true })
  let nonAscii = false
  try {
    for await (const chunk of createReadStream(file, { highWaterMark: 256 * 1024 })) {
      const bytes = chunk as Buffer
      if (!nonAscii && bytes.some((b) => b > 0x7f)) nonAscii = true
      decoder.decode(bytes, { stream: true })
    }
    decoder.decode()
    return { valid: true, nonAscii }
  } catch (error) {
    if (error instanceof TypeError) return { valid: false, nonAscii: true }
    throw error
  }
}

/**
 * Decides how to decode `file`. Throws RangeError for a declared encoding that Node cannot
 * decode; reads the whole file once (streaming) to check the bytes.
 */
export async function xmlEncoding(file: string): Promise<XmlEncoding> {
  const handle = await open(file, 'r')
  const head = Buffer.alloc(1024)
  try {
    await handle.read(head, 0, 1024, 0)
  } finally {
    await handle.close()
  }
  const declared = declaredEncoding(head)
  const name = declared === '' ? 'utf-8' : new TextDecoder(declared).encoding
  const bytes = await utf8Shape(file)
  if (name === 'utf-8' && !bytes.valid)
    return {
      name: 'windows-1252',
      warning: `the file ${declared === '' ? 'declares no encoding (so UTF-8)' : `declares ${declared}`} but its bytes are not UTF-8; read as windows-1252: check accented letters`,
    }
  if (name !== 'utf-8' && bytes.valid && bytes.nonAscii)
    return {
      name: 'utf-8',
      warning: `the file declares ${declared} but its bytes are UTF-8; read as UTF-8`,
    }
  return { name, warning: null }
}
