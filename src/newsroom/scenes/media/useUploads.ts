import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { keys } from '../../api/queries'
import type { MediaJson } from '../../api/types'
import { uploadMedia } from '../../api/upload'

export interface Upload {
  id: string
  name: string
  progress: number
  state: 'uploading' | 'done' | 'failed'
  error?: string
  media?: MediaJson
}

let next = 0

/** Several files at once, each with its progress; the library refreshes as each one lands. */
export function useUploads(onUploaded: (media: MediaJson) => void) {
  const queryClient = useQueryClient()
  const [uploads, setUploads] = useState<Upload[]>([])
  const update = (id: string, change: Partial<Upload>) =>
    setUploads((all) => all.map((u) => (u.id === id ? { ...u, ...change } : u)))
  async function uploadOne(file: File) {
    const id = `u${(next += 1)}`
    setUploads((all) => [...all, { id, name: file.name, progress: 0, state: 'uploading' }])
    try {
      const media = await uploadMedia(file, (progress) => update(id, { progress }))
      update(id, { progress: 1, state: 'done', media })
      await queryClient.invalidateQueries({ queryKey: keys.allMedia })
      onUploaded(media)
    } catch (error) {
      update(id, { state: 'failed', error: error instanceof Error ? error.message : 'failed' })
    }
  }
  function handleFiles(files: Iterable<File>) {
    for (const file of files) void uploadOne(file)
  }
  function handleClear() {
    setUploads((all) => all.filter((u) => u.state === 'uploading'))
  }
  return { uploads, handleFiles, handleClear }
}
