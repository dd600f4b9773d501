import { Link } from 'wouter'
import { useArticles, useRecentCorrections, useSettings } from '../../api/queries'
import { isEditor, useSession } from '../../auth/session'
import { formatTime, zoneName } from '../../components/format'
import { StoryRow } from '../../components/StoryRow'
import { DeskPanel } from './DeskPanel'

/** The home screen: what is mine, what waits for review, what is coming and what went out. */
export function DeskScene() {
  const { user } = useSession()
  const editor = isEditor(user)
  const zone = useSettings().data?.timeZone
  const drafts = useArticles({ mine: true, status: 'draft', limit: 10 })
  const review = useArticles({ status: 'in_review', limit: 10, ...(editor ? {} : { mine: true }) })
  const scheduled = useArticles({ status: 'scheduled', limit: 10 })
  const published = useArticles({ status: 'published', limit: 8 })
  const recent = useRecentCorrections(6)
  const corrections = recent.data?.items ?? []
  return (
    <section className="scene" aria-labelledby="desk-title">
      <div className="scene-head">
        <div>
          <h1 id="desk-title">Desk</h1>
          <p className="muted">
            {user ? `Signed in as ${user.name}` : ''} · times in {zoneName(zone)}
          </p>
        </div>
      </div>
      <div className="desk-grid">
        <DeskPanel
          title="My drafts"
          empty="No drafts. Start a new story with N."
          isLoading={drafts.isLoading}
          count={drafts.data?.items.length ?? 0}
        >
          {drafts.data?.items.map((a) => (
            <StoryRow key={a.id} article={a} timeZone={zone} />
          ))}
        </DeskPanel>
        <DeskPanel
          title={editor ? 'Awaiting review' : 'My stories in review'}
          empty="Nothing is waiting for review."
          isLoading={review.isLoading}
          count={review.data?.items.length ?? 0}
        >
          {review.data?.items.map((a) => (
            <StoryRow key={a.id} article={a} timeZone={zone} />
          ))}
        </DeskPanel>
        <DeskPanel
          title="Scheduled"
          empty="Nothing is scheduled."
          isLoading={scheduled.isLoading}
          count={scheduled.data?.items.length ?? 0}
        >
          {scheduled.data?.items.map((a) => (
            <StoryRow key={a.id} article={a} timeZone={zone} />
          ))}
        </DeskPanel>
        <DeskPanel
          title="Recently published"
          empty="Nothing published yet."
          isLoading={published.isLoading}
          count={published.data?.items.length ?? 0}
          footer={
            <Link href="/stories?status=published" className="panel-more">
              All published stories
            </Link>
          }
        >
          {published.data?.items.map((a) => (
            <StoryRow key={a.id} article={a} timeZone={zone} />
          ))}
        </DeskPanel>
        <DeskPanel
          title="Recent corrections"
          empty="No corrections or updates lately."
          isLoading={recent.isLoading}
          count={corrections.length}
        >
          {corrections.map((c) => (
            <li key={c.id} className="story-row">
              <Link href={`/stories/${c.article.id}`} className="story-link">
                {c.article.headline}
              </Link>
              <p className="correction-text">
                <span className="badge">{c.kind}</span>
                {c.withdrawn !== null && <span className="badge">withdrawn</span>} {c.text}
              </p>
              <div className="story-meta">
                <time dateTime={c.createdAt}>{formatTime(c.createdAt, zone)}</time>
              </div>
            </li>
          ))}
        </DeskPanel>
      </div>
    </section>
  )
}
