/**
 * Streams a WordPress eXtended RSS file (WXR 1.0–1.2) with a SAX parser: each direct child of
 * `<channel>` (authors, terms, items) is built as a small tree, handed out, then dropped, so memory
 * stays flat however large the file is. Namespace prefixes (`wp:`, `content:`…) are matched as
 * WordPress writes them; the `wp` namespace URI differs between exports (http/https) anyway.
 */
import { createReadStream } from 'node:fs'
import { SaxesParser } from 'saxes'
import { InvalidInputError } from '../../domain/errors.js'

export interface XmlNode {
  name: string
  attrs: Record<string, string>
  text: string
  children: XmlNode[]
}

type WxrEvent =
  | { type: 'header'; version: string; siteUrl: string; blogUrl: string; title: string }
  | { type: 'node'; node: XmlNode }

const supportedVersions = ['1.0', '1.1', '1.2']

/** A file that is not a WXR export we can read; nothing was imported from it. */
export class WxrFileError extends InvalidInputError {
  constructor(file: string, reason: string) {
    super(`${file} is not a WordPress export we can import: ${reason}.`)
  }
}

/** The text of the first child called `name`, trimmed ('' when absent). */
export const childText = (node: XmlNode, name: string): string =>
  node.children.find((c) => c.name === name)?.text.trim() ?? ''

const headerFields = ['wp:wxr_version', 'wp:base_site_url', 'wp:base_blog_url', 'title', 'link']

/**
 * Reads the file's events in order, decoding it as `encoding` (a WHATWG name, see
 * `xmlEncoding`); throws WxrFileError for malformed or unversioned files.
 */
export async function* readWxr(file: string, encoding = 'utf-8'): AsyncGenerator<WxrEvent> {
  const parser = new SaxesParser({ position: true })
  const queue: WxrEvent[] = []
  const stack: XmlNode[] = []
  const header: Record<string, string> = {}
  let headerSent = false
  let failure: Error | null = null
  const fail = (reason: string): never => {
    throw new WxrFileError(file, reason)
  }
  const sendHeader = (): void => {
    if (headerSent) return
    const version = header['wp:wxr_version'] ?? ''
    if (version === '') fail('it has no <wp:wxr_version> before its first item')
    if (!supportedVersions.includes(version))
      fail(`WXR version “${version}” is not one of ${supportedVersions.join(', ')}`)
    headerSent = true
    queue.push({
      type: 'header',
      version,
      siteUrl: header['wp:base_site_url'] ?? header.link ?? '',
      blogUrl: header['wp:base_blog_url'] ?? header['wp:base_site_url'] ?? header.link ?? '',
      title: header.title ?? '',
    })
  }
  parser.on('error', (error) => {
    failure ??= error
  })
  parser.on('opentag', (tag) => {
    if (stack.length === 0 && tag.name !== 'rss')
      fail(`its root element is <${tag.name}>, not <rss>`)
    const attrs: Record<string, string> = {}
    for (const [k, v] of Object.entries(tag.attributes)) attrs[k] = String(v)
    const node: XmlNode = { name: tag.name, attrs, text: '', children: [] }
    // Only keep a tree below <channel>; <rss> and <channel> themselves just hold the stream.
    if (stack.length >= 3) stack[stack.length - 1]?.children.push(node)
    stack.push(node)
    if (stack.length === 3 && node.name === 'item') sendHeader()
  })
  const addText = (text: string): void => {
    const top = stack[stack.length - 1]
    if (top !== undefined && stack.length >= 3) top.text += text
  }
  parser.on('text', addText)
  parser.on('cdata', addText)
  parser.on('closetag', () => {
    const node = stack.pop()
    if (node === undefined || stack.length !== 2) return
    if (headerFields.includes(node.name) && !headerSent) header[node.name] = node.text.trim()
    else if (node.name !== 'title' && node.name !== 'link') queue.push({ type: 'node', node })
  })
  const stream = createReadStream(file, { highWaterMark: 256 * 1024 })
  const decoder = new TextDecoder(encoding)
  let sawRoot = false
  try {
    for await (const bytes of stream as AsyncIterable<Buffer>) {
      const chunk = decoder.decode(bytes, { stream: true })
      if (!sawRoot && chunk.trim() !== '') {
        if (!chunk.trimStart().startsWith('<')) fail('it is not XML')
        sawRoot = true
      }
      parser.write(chunk)
      if (failure !== null) fail(`malformed XML (${(failure as Error).message})`)
      yield* queue.splice(0)
    }
    parser.write(decoder.decode())
    parser.close()
    if (failure !== null) fail(`malformed XML (${(failure as Error).message})`)
  } catch (error) {
    if (error instanceof WxrFileError) throw error
    const reason = error instanceof Error ? error.message : String(error)
    throw new WxrFileError(
      file,
      /ENOENT/.test(reason) ? 'the file does not exist' : `malformed XML (${reason})`,
    )
  } finally {
    stream.destroy()
  }
  if (!sawRoot) fail('it is empty')
  sendHeader()
  yield* queue.splice(0)
}
