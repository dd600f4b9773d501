import type { Actor } from '../../domain/roles.js'
import type { Deps } from '../deps.js'
import type { AuthorInput, SectionInput } from './edits.js'
import { deleteSection, renameTag, saveAuthor, saveSection } from './edits.js'
import { listAuthors, listSections, listTags, reorderSections } from './lists.js'

interface OnRecord {
  actor: Actor
  id: string
}

/** Sections, tags and authors: their lists and their edits. */
export function taxonomyServices(deps: Deps) {
  return {
    listSections: () => listSections(deps),
    /** Up to `limit` tags (1000), those whose name holds `query` if given. */
    listTags: ({ limit, query }: { limit?: number; query?: string } = {}) =>
      listTags(deps, limit, query),
    listAuthors: () => listAuthors(deps),
    /** Creates a section, or changes section `id`. */
    saveSection: ({ actor, section, id }: { actor: Actor; section: SectionInput; id?: string }) =>
      saveSection(deps, actor, section, id),
    deleteSection: ({ actor, id }: OnRecord) => deleteSection(deps, actor, id),
    reorderSections: ({
      actor,
      ...input
    }: {
      actor: Actor
      parent: string | null
      order: string[]
    }) => reorderSections(deps, actor, input),
    renameTag: ({ actor, id, name }: OnRecord & { name: string }) =>
      renameTag(deps, actor, id, name),
    /** Creates an author, or changes author `id`. */
    saveAuthor: ({ actor, author, id }: { actor: Actor; author: AuthorInput; id?: string }) =>
      saveAuthor(deps, actor, author, id),
  }
}
