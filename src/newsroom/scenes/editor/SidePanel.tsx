/**
 * The story's details beside the body (the headline and dek are on the page, above it): slug
 * and public URL, kind, type of work and dateline, schedule, sections, tags, bylines, hero,
 * excerpt and search appearance, and the versions a conflict set aside. A server refusal shows at the field its path names.
 */
import { lazy, Suspense } from 'react'
import type { ReactNode } from 'react'
import type { ApiProblem } from '../../api/client'
import type { PublicationSettings } from './article-api'
import type { ArticleLike, StoryFields } from './fields'
import { HeroField } from './side-panel/HeroField'
import { KeptVersions } from './side-panel/KeptVersions'
import { PanelSection } from './side-panel/PanelSection'
import { SearchFields } from './side-panel/SearchFields'
import { WorkFields } from './side-panel/WorkFields'
import { TextField } from './TextField'
import { formatInZone } from './zoned-time'
import './side-panel/side-panel.css'

// Loaded after the editor; if it cannot be (offline, or a deploy replaced the file), the panel
// says so instead of the editor failing.
const TaxonomyFields = lazy(() =>
  import('./Taxonomy').then(
    (m) => ({ default: m.TaxonomyFields }),
    () => ({ default: TaxonomyUnavailable }),
  ),
)

function TaxonomyUnavailable() {
  return (
    <p className="field-error" role="alert">
      Sections, bylines and tags could not be loaded. Reload the page when the connection is back;
      nothing typed is lost.
    </p>
  )
}

interface SidePanelProps {
  fields: StoryFields
  article: ArticleLike | null
  settings: PublicationSettings | undefined
  problem: ApiProblem | null
  keptVersion: number
  set: <K extends keyof StoryFields>(key: K, value: StoryFields[K]) => void
  tools?: ReactNode
  /** The Attribution section (attribution/AttributionSection.tsx), built by the scene. */
  attribution?: ReactNode
}

/** The message the server gave for `field` or anything under it (`hero` covers `hero.credit`). */
export const fieldProblem = (problem: ApiProblem | null, field: string) =>
  problem?.errors.find((e) => e.field === field || e.field.startsWith(`${field}.`))?.message

export function SidePanel({
  fields,
  article,
  settings,
  problem,
  keptVersion,
  set,
  tools,
  attribution,
}: SidePanelProps) {
  const err = (field: string) => fieldProblem(problem, field)
  const origin = (settings?.publicUrl ?? window.location.origin).replace(/\/$/, '')
  const slug = fields.slug || article?.slug || 'slug-from-headline'
  const publicUrl = article?.url ?? `${origin}/…/${slug}/`
  const zone = settings?.timeZone ?? 'UTC'
  return (
    <aside className="side-panel" aria-label="Story details">
      <PanelSection title="Story">
        <TextField
          label="Slug"
          value={fields.slug}
          placeholder={article?.slug ?? ''}
          error={err('slug')}
          hint="The last part of the address; empty makes one from the headline"
          onChange={(v) => set('slug', v)}
        />
        <p className="public-url">
          <span className="public-url-label">Public address</span>
          {article?.status === 'published' && article.url ? (
            <a href={article.url} target="_blank" rel="noopener noreferrer">
              {publicUrl}
            </a>
          ) : (
            <span>{publicUrl}</span>
          )}
        </p>
        <fieldset className="field inline-choices">
          <legend>Kind</legend>
          {(['article', 'page'] as const).map((kind) => (
            <label key={kind}>
              <input
                type="radio"
                name="kind"
                checked={fields.kind === kind}
                onChange={() => set('kind', kind)}
              />{' '}
              {kind === 'article' ? 'Article' : 'Page'}
            </label>
          ))}
        </fieldset>
        <WorkFields fields={fields} set={set} err={err} />
        <p className="schedule">
          <span className="public-url-label">Schedule</span>
          {article?.scheduledAt
            ? `Publishes ${formatInZone(article.scheduledAt, zone)} (${zone})`
            : `Not scheduled. Times are in ${zone}.`}
        </p>
      </PanelSection>
      <PanelSection title="Sections, tags and bylines">
        <Suspense fallback={<p className="chips-empty">Loading sections, bylines and tags…</p>}>
          <TaxonomyFields fields={fields} err={err} set={set} />
        </Suspense>
      </PanelSection>
      {attribution}
      <PanelSection title="Hero photo">
        <HeroField fields={fields} set={set} err={err} />
      </PanelSection>
      <PanelSection title="Excerpt and search" open={false}>
        <SearchFields fields={fields} publicUrl={publicUrl} set={set} err={err} />
      </PanelSection>
      {article !== null && <KeptVersions articleId={article.id} version={keptVersion} />}
      {tools}
    </aside>
  )
}
