import type { CurationKey } from '../domain/fronts.js'
import type { ListKey } from '../domain/lists.js'

/**
 * The public lists an article was in before a change and is in after it (see domain/lists.ts);
 * both empty for work that was never public. Caches use them to drop exactly the pages a change
 * touches.
 */
export interface ListChange {
  before: ListKey[]
  after: ListKey[]
}

/** Things that happened, emitted after their transaction commits (cache, webhooks and feeds listen). */
export type DomainEvent =
  | { type: 'article.created'; articleId: string }
  | { type: 'article.updated'; articleId: string; status: string; lists: ListChange }
  | { type: 'article.submitted'; articleId: string }
  | { type: 'article.returned'; articleId: string }
  | { type: 'article.scheduled'; articleId: string; at: string }
  | { type: 'article.unscheduled'; articleId: string }
  | { type: 'article.published'; articleId: string; lists: ListChange }
  | { type: 'article.unpublished'; articleId: string; lists: ListChange }
  | { type: 'article.corrected'; articleId: string; correctionId: string; lists: ListChange }
  | { type: 'article.deleted'; articleId: string; lists: ListChange }
  | { type: 'section.changed'; sectionId: string }
  | { type: 'tag.changed'; tagId: string }
  | { type: 'author.changed'; authorId: string }
  | { type: 'settings.changed' }
  | { type: 'redirect.changed'; fromPath: string }
  | { type: 'media.changed'; mediaId: string }
  | { type: 'content.imported' }
  | { type: 'curation.changed'; key: CurationKey }

type Handler = (event: DomainEvent) => void

/** A small in-process event bus; a failing listener is reported, never breaks the use case. */
export interface EventBus {
  emit(event: DomainEvent): void
  /** Subscribes to every event; returns the function that unsubscribes. */
  subscribe(handler: Handler): () => void
}

export function createEventBus(
  onListenerError: (error: unknown, event: DomainEvent) => void = () => {},
): EventBus {
  const handlers = new Set<Handler>()
  return {
    emit(event) {
      for (const handler of handlers) {
        try {
          handler(event)
        } catch (error) {
          onListenerError(error, event)
        }
      }
    },
    subscribe(handler) {
      handlers.add(handler)
      return () => handlers.delete(handler)
    },
  }
}
