import sharp from 'sharp'

/** Real images of each format, made with sharp (libvips), for upload tests. */
export async function image(
  format: 'jpeg' | 'png' | 'webp' | 'avif' | 'gif',
  width = 800,
  height = 600,
  hue = 40,
): Promise<Buffer> {
  const img = sharp({
    create: { width, height, channels: 3, background: { r: hue, g: 120, b: 200 - (hue % 200) } },
  })
  switch (format) {
    case 'jpeg':
      return img.jpeg().toBuffer()
    case 'png':
      return img.png().toBuffer()
    case 'webp':
      return img.webp().toBuffer()
    case 'avif':
      return img.avif({ effort: 0 }).toBuffer()
    case 'gif':
      return img.gif().toBuffer()
  }
}

/** A 1×1 GIF whose header claims 50,000 × 50,000 pixels: a decompression bomb. */
export function gifBomb(): Buffer {
  const gif = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64')
  gif.writeUInt16LE(50_000, 6) // logical screen width
  gif.writeUInt16LE(50_000, 8) // logical screen height
  const descriptor = gif.indexOf(0x2c, 13)
  gif.writeUInt16LE(50_000, descriptor + 5)
  gif.writeUInt16LE(50_000, descriptor + 7)
  return gif
}
