/**
 * Edits live in IndexedDB until the server confirms them: every change is written here first, so
 * a reload, a crash, a dead server or an afternoon offline loses nothing. `drafts` holds the
 * working copy of each open story (by article id, or `new` before the first save); `versions`
 * keeps every version a conflict set aside, so neither side of a conflict is ever discarded.
 */
import type { DBSchema, IDBPDatabase } from 'idb'
import { openDB } from 'idb'
import type { StoryFields } from './fields'

export interface Draft {
  key: string
  articleId: string | null
  /** The server revision these edits are based on (null before the first save). */
  baseRevision: number | null
  fields: StoryFields
  /** True while the server has not confirmed these fields. */
  isPending: boolean
  updatedAt: string
}

export interface KeptVersion {
  id?: number
  articleId: string
  label: string
  revision: number | null
  fields: StoryFields
  keptAt: string
}

interface Schema extends DBSchema {
  drafts: { key: string; value: Draft }
  versions: { key: number; value: KeptVersion; indexes: { byArticle: string } }
}

let opening: Promise<IDBPDatabase<Schema>> | null = null

function db(): Promise<IDBPDatabase<Schema>> {
  opening ??= openDB<Schema>('masthead-newsroom-editor', 1, {
    upgrade(database) {
      database.createObjectStore('drafts', { keyPath: 'key' })
      const versions = database.createObjectStore('versions', {
        keyPath: 'id',
        autoIncrement: true,
      })
      versions.createIndex('byArticle', 'articleId')
    },
  })
  return opening
}

export const newDraftKey = 'new'

export async function readDraft(key: string): Promise<Draft | undefined> {
  return (await db()).get('drafts', key)
}

export async function writeDraft(draft: Draft): Promise<void> {
  await (await db()).put('drafts', draft)
}

export async function deleteDraft(key: string): Promise<void> {
  await (await db()).delete('drafts', key)
}

export async function keepVersion(version: KeptVersion): Promise<void> {
  await (await db()).add('versions', version)
}

export async function keptVersions(articleId: string): Promise<KeptVersion[]> {
  return (await db()).getAllFromIndex('versions', 'byArticle', articleId)
}

/** Every story with edits the server has not confirmed yet, newest first. */
export async function pendingDrafts(): Promise<Draft[]> {
  const drafts = await (await db()).getAll('drafts')
  return drafts
    .filter((draft) => draft.isPending)
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
}
