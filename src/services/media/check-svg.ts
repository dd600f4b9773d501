import { InvalidInputError } from '../../domain/errors.js'

/** Elements a drawing needs; anything else (script, foreignObject, iframe, use of remote files) is refused. */
const allowedElements = new Set([
  'svg',
  'g',
  'path',
  'rect',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'text',
  'tspan',
  'defs',
  'lineargradient',
  'radialgradient',
  'stop',
  'clippath',
  'mask',
  'pattern',
  'symbol',
  'use',
  'title',
  'desc',
  'metadata',
  'style',
  'filter',
  'fegaussianblur',
  'feoffset',
  'feblend',
  'fecolormatrix',
  'femerge',
  'femergenode',
  'feflood',
  'fecomposite',
  'marker',
  'image',
])

const refuse = (message: string): never => {
  throw new InvalidInputError('The SVG file is not safe to publish.', [{ field: 'file', message }])
}

function walk(node: unknown, path: string): void {
  if (Array.isArray(node)) {
    node.forEach((child) => walk(child, path))
    return
  }
  if (typeof node !== 'object' || node === null) return
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (key === '#text') continue
    if (key === ':@') {
      checkAttributes(value as Record<string, unknown>, path)
      continue
    }
    const name = key.toLowerCase().replace(/^svg:/, '')
    if (!allowedElements.has(name)) refuse(`element <${key}> is not allowed`)
    if (name === 'style' && /@import|url\s*\(\s*['"]?\s*(?!#)/i.test(JSON.stringify(value)))
      refuse('styles may not load other files')
    walk(value, `${path}/${name}`)
  }
}

function checkAttributes(attrs: Record<string, unknown>, path: string): void {
  for (const [raw, value] of Object.entries(attrs)) {
    const name = raw.replace(/^@_/, '').toLowerCase()
    const text = String(value)
    if (name.startsWith('on')) refuse(`event handler ${name} on ${path}`)
    if (
      (name === 'href' || name.endsWith(':href') || name === 'src') &&
      !text.trim().startsWith('#')
    ) {
      refuse(`${name}="${text.slice(0, 40)}" points outside the file`)
    }
    if (/url\s*\(\s*['"]?\s*(?!#)/i.test(text) || /javascript:|expression\s*\(/i.test(text))
      refuse(`attribute ${name} loads another file or runs code`)
  }
}

/**
 * Accepts an SVG only when it is plain drawing: well-formed XML with no DOCTYPE or entities, no
 * scripts, event handlers, foreign content or references to other files. Returns its size.
 * Throws InvalidInputError naming the first problem.
 */
export async function checkSvg(text: string): Promise<{ width: number; height: number }> {
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) refuse('DOCTYPE and entity declarations are not allowed')
  // Imported on the first SVG upload: public pages never need an XML parser (1.6 MB of heap).
  const { XMLParser, XMLValidator } = await import('fast-xml-parser')
  if (XMLValidator.validate(text) !== true) refuse('the file is not well-formed XML')
  const parser = new XMLParser({
    ignoreAttributes: false,
    preserveOrder: true,
    processEntities: false,
    allowBooleanAttributes: true,
  })
  const tree = parser.parse(text) as unknown[]
  walk(tree, '')
  const svgAttrs = /<svg\b([^>]*)>/i.exec(text)?.[1] ?? ''
  const number = (name: string): number | null => {
    const m = new RegExp(`\\b${name}\\s*=\\s*["']\\s*([\\d.]+)`, 'i').exec(svgAttrs)
    return m === null ? null : Number(m[1])
  }
  const viewBox = /viewBox\s*=\s*["']\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)/i.exec(
    svgAttrs,
  )
  const width = number('width') ?? Number(viewBox?.[1] ?? 0)
  const height = number('height') ?? Number(viewBox?.[2] ?? 0)
  if (!(width > 0 && height > 0)) refuse('the drawing needs a width and height or a viewBox')
  return { width: Math.round(width), height: Math.round(height) }
}
