/** Things that happened, emitted after their transaction commits (cache, webhooks and feeds listen). */
export type DomainEvent =
  | { type: 'article.created'; articleId: string }
  | { type: 'article.updated'; articleId: string; status: string }
  | { type: 'article.submitted'; articleId: string }
  | { type: 'article.returned'; articleId: string }
  | { type: 'article.scheduled'; articleId: string; at: string }
  | { type: 'article.unscheduled'; articleId: string }
  | { type: 'article.published'; articleId: string }
  | { type: 'article.unpublished'; articleId: string }
  | { type: 'article.corrected'; articleId: string; correctionId: string }
  | { type: 'article.deleted'; articleId: string }
  | { type: 'section.changed'; sectionId: string }
  | { type: 'tag.changed'; tagId: string }
  | { type: 'author.changed'; authorId: string }
  | { type: 'settings.changed' }
  | { type: 'redirect.changed'; fromPath: string }
  | { type: 'media.changed'; mediaId: string }

export type EventType = DomainEvent['type']
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
