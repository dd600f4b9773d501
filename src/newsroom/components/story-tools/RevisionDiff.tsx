import { useQuery } from '@tanstack/react-query'
import { api, data } from '../../api/client'

const fieldNames: Record<string, string> = {
  headline: 'Headline',
  dek: 'Dek',
  excerpt: 'Excerpt',
  body: 'Body',
}

/**
 * The word-level differences between two revisions: insertions underlined on green, deletions
 * struck through on red, each also named for screen readers, so colour is never the only cue.
 */
export function RevisionDiff({ id, from, to }: { id: string; from: number; to: number }) {
  const { data: diff, error } = useQuery({
    queryKey: ['diff', id, from, to],
    queryFn: () =>
      data(
        api.GET('/api/v1/articles/{id}/diff', {
          params: { path: { id }, query: { from, to } },
        }),
      ),
  })
  if (error !== null) return <p className="alert">The differences could not be loaded.</p>
  if (diff === undefined) return <p className="muted">Comparing…</p>
  const others = diff.fields
    .map((f) => f.field)
    .filter((f) => !(f in fieldNames) && f !== 'bodyText')
  return (
    <section className="story-tool" aria-label={`Changes from revision ${from} to ${to}`}>
      <p className="diff-legend">
        <span>
          <ins>added words</ins>
        </span>
        <span>
          <del>removed words</del>
        </span>
      </p>
      {diff.text.length === 0 && <p className="muted">The text is the same in both revisions.</p>}
      {diff.text.map((t) => (
        <div key={t.field}>
          <h3>{fieldNames[t.field] ?? t.field}</h3>
          <p className="diff-text">
            {t.changes.map((c, i) =>
              c.op === 'insert' ? (
                <ins key={i}>
                  <span className="visually-hidden">[added: </span>
                  {c.value}
                  <span className="visually-hidden">]</span>
                </ins>
              ) : c.op === 'delete' ? (
                <del key={i}>
                  <span className="visually-hidden">[removed: </span>
                  {c.value}
                  <span className="visually-hidden">]</span>
                </del>
              ) : (
                <span key={i}>{c.value}</span>
              ),
            )}
          </p>
        </div>
      ))}
      {others.length > 0 && <p className="muted">Also changed: {others.join(', ')}.</p>}
    </section>
  )
}
