import type { ArticleStatus } from '../api/types'
import { statusLabel } from './format'

export function StatusBadge({ status }: { status: ArticleStatus }) {
  return <span className={`badge badge-${status}`}>{statusLabel[status]}</span>
}
