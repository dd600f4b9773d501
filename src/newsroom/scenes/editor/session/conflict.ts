/** Settling a conflict: the version not taken is kept in IndexedDB either way. */
import { keepVersion } from '../draft-store'
import type { ArticleLike, StoryFields } from '../fields'
import { fieldsOf } from '../fields'
import type { Session } from './core'
import { openConflict, persist, showArticle, showFields } from './core'

export type ConflictChoice = 'mine' | 'theirs' | 'both'

/** Both versions go to the side panel's kept versions; a refusal there does not stop the choice. */
async function keepBoth(mine: StoryFields, theirs: ArticleLike) {
  const at = new Date().toISOString()
  await Promise.all([
    keepVersion({
      articleId: theirs.id,
      label: 'Your version',
      revision: null,
      fields: mine,
      keptAt: at,
    }),
    keepVersion({
      articleId: theirs.id,
      label: `Their version (revision ${theirs.revision})`,
      revision: theirs.revision,
      fields: fieldsOf(theirs),
      keptAt: at,
    }),
  ]).catch(() => undefined)
}

/** The server's version becomes the base; "mine" puts the writer's fields over it and saves. */
export async function resolveConflict(
  s: Session,
  choice: ConflictChoice,
  save: () => Promise<void>,
): Promise<void> {
  const current = s.conflict
  if (current === null) return
  const { mine, theirs } = current
  await keepBoth(mine, theirs)
  openConflict(s, null)
  showArticle(s, theirs)
  showFields(s, choice === 'mine' ? mine : fieldsOf(theirs))
  s.view.setBodyVersion((v) => v + 1)
  s.view.setKeptVersion((v) => v + 1)
  s.view.setState(choice === 'mine' ? 'unsaved' : 'saved')
  persist(s)
  if (choice === 'mine') await save()
}
