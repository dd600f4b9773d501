import { Link } from 'wouter'
import type { ArticleJson } from '../api/types'
import { formatTime } from './format'
import { StatusBadge } from './StatusBadge'

/** Which time a row shows for a story in each state. */
export function timeOf(article: ArticleJson): { label: string; at: string | null } {
  if (article.status === 'scheduled') return { label: 'Publishes', at: article.scheduledAt }
  if (article.status === 'published') return { label: 'Published', at: article.publishedAt }
  return { label: 'Edited', at: article.editedAt }
}

/** One story in a Desk panel: headline, bylines and section, and its time in the paper's zone. */
export function StoryRow({ article, timeZone }: { article: ArticleJson; timeZone?: string }) {
  const time = timeOf(article)
  const byline = article.authors.map((a) => a.name).join(', ')
  return (
    <li className="story-row">
      <Link href={`/stories/${article.id}`} className="story-link">
        {article.headline || 'Untitled story'}
      </Link>
      <div className="story-meta">
        <StatusBadge status={article.status} />
        {byline && <span>{byline}</span>}
        {article.sections[0] && <span>{article.sections[0].name}</span>}
        {time.at && (
          <span>
            {time.label} <time dateTime={time.at}>{formatTime(time.at, timeZone)}</time>
          </span>
        )}
      </div>
    </li>
  )
}
