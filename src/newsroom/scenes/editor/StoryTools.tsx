/**
 * Mount point for the story tools (History, Corrections, Preview and share, Presence), which live
 * in src/newsroom/components/story-tools/ and take `{ article, onChanged }`.
 */
import type { ArticleLike } from './fields'

export function StoryTools(_props: { article: ArticleLike; onChanged: () => void }) {
  return null
}
