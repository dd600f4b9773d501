import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { ApiProblem } from '../../api/client'
import type { Curated, CuratedDoc } from './curation-api'

const storeKey = (key: readonly string[]) => `masthead:kept:${key.join(':')}`

// The editor's version after a conflict outlives a reload: it is kept in this browser until
// re-applied or discarded.
function readKept<T>(key: readonly string[]): T | undefined {
  const text = window.localStorage.getItem(storeKey(key))
  return text === null ? undefined : (JSON.parse(text) as { value: T }).value
}
function writeKept<T>(key: readonly string[], value: T | undefined): void {
  if (value === undefined) window.localStorage.removeItem(storeKey(key))
  else window.localStorage.setItem(storeKey(key), JSON.stringify({ value }))
}

interface Draft<T> {
  id: string
  value: T
  /** The revision the edit started from: sent as If-Match. */
  base: number
}

/**
 * A curated document being edited: the saved version from the server, the editor's unsaved
 * changes, and saving with If-Match. A stale save keeps the editor's version (also across a
 * reload) and shows the one saved meanwhile, so the change can be applied again.
 */
export function useCuratedDraft<T>(doc: CuratedDoc<T>) {
  const client = useQueryClient()
  const id = doc.key.join(':')
  const query = useQuery({ queryKey: doc.key, queryFn: doc.load })
  const history = useQuery({ queryKey: [...doc.key, 'history'], queryFn: doc.history })
  const [draft, setDraft] = useState<Draft<T> | null>(null)
  const [kept, setKept] = useState<{ id: string; value: T | undefined }>(() => ({
    id,
    value: readKept<T>(doc.key),
  }))
  const [error, setError] = useState<unknown>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [isBusy, setBusy] = useState(false)
  const mine = draft?.id === id ? draft : null
  const keptValue = kept.id === id ? kept.value : readKept<T>(doc.key)
  const saved = query.data
  const isDirty = mine !== null
  useEffect(() => {
    if (!isDirty) return
    // The browser's own "leave this page?" question while changes are unsaved.
    const warn = (event: BeforeUnloadEvent) => event.preventDefault()
    window.addEventListener('beforeunload', warn)
    return () => window.removeEventListener('beforeunload', warn)
  }, [isDirty])

  const settle = (next: Curated<T>, message: string) => {
    client.setQueryData(doc.key, next)
    void client.invalidateQueries({ queryKey: [...doc.key, 'history'] })
    setDraft(null)
    setNotice(message)
  }
  const keep = (value: T | undefined) => {
    writeKept(doc.key, value)
    setKept({ id, value })
  }
  const run = async (work: () => Promise<void>) => {
    setError(null)
    setNotice(null)
    setBusy(true)
    try {
      await work()
    } catch (e) {
      setError(e)
    } finally {
      setBusy(false)
    }
  }

  return {
    query,
    history,
    saved,
    value: mine?.value ?? saved?.value,
    isDirty,
    isBusy,
    error,
    notice,
    /** The editor's version kept after a conflict, waiting to be applied again. */
    kept: keptValue,
    edit: (value: T) => {
      setNotice(null)
      setDraft({ id, value, base: mine?.base ?? saved?.revision ?? 0 })
    },
    discard: () => setDraft(null),
    /** Saves the draft, or `value` when given (null clears the banner). */
    save: (...value: [] | [T]) =>
      run(async () => {
        const sending = value.length === 1 ? value[0] : mine?.value
        if (sending === undefined) return
        const base = mine?.base ?? saved?.revision ?? 0
        try {
          const next = await doc.save(sending, base)
          keep(undefined)
          settle(next, `Saved: revision ${next.revision}.`)
        } catch (e) {
          if (!(e instanceof ApiProblem) || e.code !== 'stale-revision') throw e
          keep(sending)
          setDraft(null)
          await client.invalidateQueries({ queryKey: doc.key })
          throw e
        }
      }),
    reapply: () => {
      if (keptValue === undefined) return
      setDraft({ id, value: keptValue, base: saved?.revision ?? 0 })
      keep(undefined)
    },
    dropKept: () => keep(undefined),
    restore: (from: number) =>
      run(async () => {
        const next = await doc.restore(from, saved?.revision ?? 0)
        settle(next, `Revision ${from} is back, saved as revision ${next.revision}.`)
      }),
  }
}

export type CuratedDraft<T> = ReturnType<typeof useCuratedDraft<T>>
