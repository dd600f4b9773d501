import sharp from 'sharp'

export const boundary = '----masthead-test-boundary'

/** A multipart/form-data body by hand, so the test controls every byte. */
export function form(parts: { name: string; value: string | Buffer; filename?: string }[]) {
  const chunks: Buffer[] = []
  for (const p of parts) {
    const disposition = `form-data; name="${p.name}"${p.filename !== undefined ? `; filename="${p.filename}"` : ''}`
    const type = p.filename !== undefined ? 'Content-Type: application/octet-stream\r\n' : ''
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n${type}\r\n`))
    chunks.push(typeof p.value === 'string' ? Buffer.from(p.value) : p.value)
    chunks.push(Buffer.from('\r\n'))
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`))
  return {
    payload: Buffer.concat(chunks),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  }
}

/** A small PNG whose bytes depend on its size (a different file for each size). */
export const png = (w = 40, h = 30) =>
  sharp({ create: { width: w, height: h, channels: 3, background: { r: w, g: h, b: 99 } } })
    .png()
    .toBuffer()
