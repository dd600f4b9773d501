import { ApiProblem, getCsrfToken, waitForSignIn } from './client'
import type { MediaJson } from './types'

function send(file: File, onProgress: (fraction: number) => void): Promise<XMLHttpRequest> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', '/api/v1/media')
    xhr.withCredentials = true
    const csrf = getCsrfToken()
    if (csrf !== null) xhr.setRequestHeader('X-CSRF-Token', csrf)
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total)
    })
    xhr.addEventListener('load', () => resolve(xhr))
    xhr.addEventListener('error', () => reject(new Error('The upload failed: no connection.')))
    const form = new FormData()
    form.append('file', file)
    xhr.send(form)
  })
}

function parse(xhr: XMLHttpRequest): Record<string, unknown> {
  try {
    return JSON.parse(xhr.responseText) as Record<string, unknown>
  } catch {
    return {}
  }
}

/**
 * Uploads one file with XMLHttpRequest (fetch reports no upload progress). An expired session
 * opens the sign-in dialog and the upload starts again after it.
 */
export async function uploadMedia(
  file: File,
  onProgress: (fraction: number) => void,
): Promise<MediaJson> {
  let xhr = await send(file, onProgress)
  if (xhr.status === 401) {
    const wait = waitForSignIn('signed-out')
    if (wait !== null) {
      await wait
      onProgress(0)
      xhr = await send(file, onProgress)
    }
  }
  if (xhr.status < 200 || xhr.status >= 300) throw new ApiProblem(xhr.status, parse(xhr))
  return parse(xhr) as unknown as MediaJson
}
