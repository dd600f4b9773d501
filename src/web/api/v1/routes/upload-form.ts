import type { FastifyRequest } from 'fastify'
import { DomainError, InvalidInputError } from '../../../../domain/errors.js'

/** The text fields an upload may carry beside its file (docs/media.md). */
const textFields = new Set(['credit', 'caption', 'alt', 'copyright'])

interface UploadForm {
  bytes: Buffer
  fields: Partial<Record<'credit' | 'caption' | 'alt' | 'copyright', string>>
}

const oneFile = (field: string): InvalidInputError =>
  new InvalidInputError('Send one file per request, in the field “file”.', [
    { field, message: 'is not expected: one file per request' },
  ])

/** RFC 2046 §5.1.1: a multipart body is unreadable without a boundary of 1 to 70 characters. */
const hasBoundary = (contentType: string | undefined): boolean =>
  /;\s*boundary=(?:"[^"]{1,70}"|[^\s";]{1,70})/i.test(contentType ?? '')

/**
 * What the multipart parser refuses is the client's doing: a second file, too many parts, a
 * malformed body. Those answer 400 naming the problem instead of a misleading 413 or a 500;
 * the size limit (413) and our own errors pass through.
 */
function asInputError(error: unknown): unknown {
  if (error instanceof DomainError) return error
  const code = (error as { code?: unknown }).code
  if (code === 'FST_FILES_LIMIT') return oneFile('file')
  if (code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT')
    return new InvalidInputError('The form has more fields than an upload takes.', [
      { field: 'body', message: 'has too many parts' },
    ])
  const status = (error as { statusCode?: unknown }).statusCode
  if (typeof status === 'number' && status !== 400) return error
  return new InvalidInputError(
    'The multipart body is malformed.',
    [{ field: 'body', message: 'is not a well-formed multipart/form-data body' }],
    { cause: error },
  )
}

async function readParts(request: FastifyRequest): Promise<UploadForm> {
  const fields: UploadForm['fields'] = {}
  let bytes: Buffer | null = null
  for await (const part of request.parts()) {
    // busboy hands over parts without a Content-Disposition name with no field name at all.
    if (typeof part.fieldname !== 'string' || part.fieldname === '')
      throw new InvalidInputError('Every part of the form needs a field name.', [
        { field: 'body', message: 'has a part without a name' },
      ])
    if (part.type === 'file') {
      if (part.fieldname !== 'file') throw oneFile(part.fieldname)
      if (bytes !== null) throw oneFile('file')
      bytes = await part.toBuffer() // throws 413 past the size limit
    } else if (textFields.has(part.fieldname) && typeof part.value === 'string') {
      fields[part.fieldname as keyof UploadForm['fields']] = part.value
    } else {
      throw new InvalidInputError('Unknown form field.', [
        { field: part.fieldname, message: 'is not expected' },
      ])
    }
  }
  if (bytes === null)
    throw new InvalidInputError('No file was sent.', [{ field: 'file', message: 'is required' }])
  return { bytes, fields }
}

/** Reads an upload's one file and its text fields; throws InvalidInputError for any bad form. */
export async function readUploadForm(request: FastifyRequest): Promise<UploadForm> {
  if (!request.isMultipart())
    throw new InvalidInputError('Send the upload as multipart/form-data.', [
      { field: 'file', message: 'is required' },
    ])
  if (!hasBoundary(request.headers['content-type']))
    throw new InvalidInputError('The multipart/form-data content type names no boundary.', [
      { field: 'content-type', message: 'needs a boundary parameter' },
    ])
  try {
    return await readParts(request)
  } catch (error) {
    throw asInputError(error)
  }
}
