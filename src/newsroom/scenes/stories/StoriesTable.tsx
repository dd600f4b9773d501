import { Link } from 'wouter'
import type { ArticleJson } from '../../api/types'
import { formatTime } from '../../components/format'
import { StatusBadge } from '../../components/StatusBadge'

interface StoriesTableProps {
  articles: ArticleJson[]
  timeZone: string | undefined
  selected: number
  onSelect: (index: number) => void
}

/** Every story as a row; the selected row (j/k) is highlighted and its link focused. */
export function StoriesTable({ articles, timeZone, selected, onSelect }: StoriesTableProps) {
  function handleFocus(index: number) {
    onSelect(index)
  }
  return (
    <table className="stories-table">
      <thead>
        <tr>
          <th scope="col">Headline</th>
          <th scope="col">Status</th>
          <th scope="col">Byline</th>
          <th scope="col">Section</th>
          <th scope="col">Last change</th>
        </tr>
      </thead>
      <tbody>
        {articles.map((article, index) => (
          <tr key={article.id} className={index === selected ? 'story-tr is-selected' : 'story-tr'}>
            <td>
              <Link
                href={`/stories/${article.id}`}
                className="story-link"
                data-row={index}
                onFocus={() => handleFocus(index)}
              >
                {article.headline || 'Untitled story'}
              </Link>
              {article.dek && <p className="story-dek">{article.dek}</p>}
            </td>
            <td>
              <StatusBadge status={article.status} />
            </td>
            <td>{article.authors.map((a) => a.name).join(', ')}</td>
            <td>{article.sections.map((s) => s.name).join(', ')}</td>
            <td className="nowrap">
              <time dateTime={article.editedAt}>{formatTime(article.editedAt, timeZone)}</time>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
