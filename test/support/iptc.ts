/**
 * Writes an IPTC-IIM block (APP13 "Photoshop 3.0" / 8BIM 0x0404) into a JPEG, the way photo desks'
 * tools tag pictures, so tests can check metadata prefill against a real tagged file.
 */
export interface IptcFields {
  byline?: string
  credit?: string
  copyright?: string
  caption?: string
  dateCreated?: string // CCYYMMDD
}

const datasets: Record<keyof IptcFields, number> = {
  byline: 80,
  credit: 110,
  copyright: 116,
  caption: 120,
  dateCreated: 55,
}

export function withIptc(jpeg: Buffer, fields: IptcFields): Buffer {
  const records: Buffer[] = [Buffer.from([0x1c, 2, 0, 0, 2, 0, 4])] // 2:00 record version 4
  for (const [key, value] of Object.entries(fields) as [keyof IptcFields, string][]) {
    const data = Buffer.from(value, 'utf8')
    const head = Buffer.from([0x1c, 2, datasets[key], 0, 0])
    head.writeUInt16BE(data.length, 3)
    records.push(head, data)
  }
  // 1:90 coded character set = UTF-8 (ESC % G)
  records.unshift(Buffer.from([0x1c, 1, 90, 0, 3, 0x1b, 0x25, 0x47]))
  let iim = Buffer.concat(records)
  if (iim.length % 2 === 1) iim = Buffer.concat([iim, Buffer.from([0])])
  const size = Buffer.alloc(4)
  size.writeUInt32BE(iim.length)
  const resource = Buffer.concat([Buffer.from('8BIM'), Buffer.from([0x04, 0x04, 0, 0]), size, iim])
  const payload = Buffer.concat([Buffer.from('Photoshop 3.0\0'), resource])
  const header = Buffer.from([0xff, 0xed, 0, 0])
  header.writeUInt16BE(payload.length + 2, 2)
  return Buffer.concat([jpeg.subarray(0, 2), header, payload, jpeg.subarray(2)])
}
