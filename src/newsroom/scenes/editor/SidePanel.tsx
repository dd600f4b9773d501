/**
 * The story's fields beside the body: headline and dek with their limits, slug and public URL,
 * kind, sections, tags, bylines, hero, excerpt, search appearance, and the versions a conflict
 * set aside. Limits come from the domain (articleLimits), the same numbers the server checks.
 */
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import type { ReactNode } from 'react'
import type { ApiProblem } from '../../api/client'
import { getMedia, patchMedia } from './article-api'
import type { PublicationSettings } from './article-api'
import { keptVersions } from './draft-store'
import type { ArticleLike, StoryFields } from './fields'
import { articleLimits, plainText } from './fields'
import { MediaPicker } from './MediaPicker'
import { BylinesField, SectionsField, TagsField } from './Taxonomy'
import { TextField } from './TextField'
import { formatInZone } from './zoned-time'

interface SidePanelProps {
  fields: StoryFields
  article: ArticleLike | null
  settings: PublicationSettings | undefined
  problem: ApiProblem | null
  keptVersion: number
  set: <K extends keyof StoryFields>(key: K, value: StoryFields[K]) => void
  tools?: ReactNode
}

function Section({
  title,
  children,
  open = true,
}: {
  title: string
  children: ReactNode
  open?: boolean
}) {
  return (
    <details className="panel-section" open={open}>
      <summary>{title}</summary>
      <div className="panel-body">{children}</div>
    </details>
  )
}

export function SidePanel({
  fields,
  article,
  settings,
  problem,
  keptVersion,
  set,
  tools,
}: SidePanelProps) {
  const err = (field: string) =>
    problem?.errors.find((e) => e.field === field || e.field.startsWith(`${field}.`))?.message
  const origin = settings?.publicUrl ?? window.location.origin
  const publicUrl =
    article?.url ?? `${origin.replace(/\/$/, '')}/…/${fields.slug || 'slug-from-headline'}/`
  const zone = settings?.timeZone ?? 'UTC'
  return (
    <aside className="side-panel" aria-label="Story details">
      <Section title="Story">
        <TextField
          label="Headline"
          value={fields.headline}
          limit={articleLimits.headline}
          error={err('headline')}
          multiline
          rows={2}
          onChange={(v) => set('headline', v)}
        />
        <TextField
          label="Dek"
          value={fields.dek}
          limit={articleLimits.dek}
          error={err('dek')}
          multiline
          rows={3}
          hint="The line under the headline"
          onChange={(v) => set('dek', v)}
        />
        <TextField
          label="Slug"
          value={fields.slug}
          error={err('slug')}
          hint={`Public address: ${publicUrl}`}
          onChange={(v) => set('slug', v)}
        />
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
        {article?.scheduledAt && (
          <p className="notice">Scheduled for {formatInZone(article.scheduledAt, zone)}</p>
        )}
      </Section>
      <Section title="Sections, tags and bylines">
        <SectionsField
          value={fields.sections}
          error={err('sections')}
          onChange={(v) => set('sections', v)}
        />
        <TagsField value={fields.tags} error={err('tags')} onChange={(v) => set('tags', v)} />
        <BylinesField
          value={fields.authors}
          error={err('authors')}
          onChange={(v) => set('authors', v)}
        />
      </Section>
      <Section title="Hero photo">
        <HeroField fields={fields} set={set} err={err} />
      </Section>
      <Section title="Excerpt and search" open={false}>
        <TextField
          label="Excerpt"
          value={fields.excerpt}
          limit={articleLimits.excerpt}
          error={err('excerpt')}
          multiline
          rows={3}
          hint="Shown on lists and cards; the start of the body if empty"
          onChange={(v) => set('excerpt', v)}
        />
        <TextField
          label="SEO title"
          value={fields.seoTitle ?? ''}
          limit={articleLimits.seoTitle}
          error={err('seoTitle')}
          onChange={(v) => set('seoTitle', v || null)}
        />
        <TextField
          label="SEO description"
          value={fields.seoDescription ?? ''}
          limit={articleLimits.seoDescription}
          error={err('seoDescription')}
          multiline
          onChange={(v) => set('seoDescription', v || null)}
        />
        <div className="serp" aria-label="Search result preview">
          <p className="serp-url">{publicUrl}</p>
          <p className="serp-title">{fields.seoTitle || fields.headline || 'Headline'}</p>
          <p className="serp-text">
            {fields.seoDescription ||
              fields.excerpt ||
              fields.dek ||
              'The description search engines show.'}
          </p>
        </div>
        <TextField
          label="Canonical URL"
          type="url"
          value={fields.canonicalUrl ?? ''}
          error={err('canonicalUrl')}
          onChange={(v) => set('canonicalUrl', v || null)}
        />
        <label className="check">
          <input
            type="checkbox"
            checked={fields.noindex}
            onChange={(e) => set('noindex', e.target.checked)}
          />{' '}
          Hide from search engines (noindex)
        </label>
        <TextField
          label="Language"
          value={fields.language ?? ''}
          error={err('language')}
          hint="A language tag such as en-GB; empty uses the publication's"
          onChange={(v) => set('language', v || null)}
        />
      </Section>
      {article !== null && <KeptVersions articleId={article.id} version={keptVersion} />}
      {tools}
    </aside>
  )
}

function HeroField({
  fields,
  set,
  err,
}: {
  fields: StoryFields
  set: SidePanelProps['set']
  err: (f: string) => string | undefined
}) {
  const [picking, setPicking] = useState(false)
  const hero = fields.hero
  const media = useQuery({
    queryKey: ['media', hero?.mediaId],
    queryFn: () => getMedia(hero?.mediaId ?? ''),
    enabled: hero !== null,
    staleTime: 300_000,
  })
  const setFocal = async (x: number, y: number) => {
    if (hero === null) return
    await patchMedia(hero.mediaId, { focalX: x, focalY: y })
    await media.refetch()
  }
  return (
    <div>
      {hero === null ? (
        <p className="muted">No hero photo.</p>
      ) : (
        <>
          {media.data && (
            <button
              type="button"
              className="focal"
              aria-label="Set the focal point: click the part of the photo that must stay in every crop"
              onClick={(e) => {
                const box = e.currentTarget.getBoundingClientRect()
                void setFocal(
                  Math.round(((e.clientX - box.left) / box.width) * 100) / 100,
                  Math.round(((e.clientY - box.top) / box.height) * 100) / 100,
                )
              }}
            >
              <img src={media.data.url} alt={media.data.alt} />
              <span
                className="focal-dot"
                style={{ left: `${media.data.focalX * 100}%`, top: `${media.data.focalY * 100}%` }}
                aria-hidden="true"
              />
            </button>
          )}
          <TextField
            label="Hero caption"
            value={hero.caption ?? ''}
            error={err('hero.caption')}
            multiline
            rows={2}
            onChange={(v) => set('hero', { ...hero, caption: v || null })}
          />
          <TextField
            label="Hero credit"
            value={hero.credit ?? ''}
            error={err('hero.credit')}
            onChange={(v) => set('hero', { ...hero, credit: v || null })}
          />
        </>
      )}
      <div className="row">
        <button type="button" className="button quiet small" onClick={() => setPicking(true)}>
          {hero === null ? 'Choose or upload a hero photo' : 'Change hero photo'}
        </button>
        {hero !== null && (
          <button type="button" className="button quiet small" onClick={() => set('hero', null)}>
            Remove hero photo
          </button>
        )}
      </div>
      <MediaPicker
        title="Hero photo"
        isOpen={picking}
        onOpenChange={setPicking}
        onPick={(m) => {
          setPicking(false)
          set('hero', { mediaId: m.id, caption: m.caption || null, credit: m.credit || null })
        }}
      />
    </div>
  )
}

function KeptVersions({ articleId, version }: { articleId: string; version: number }) {
  const kept = useQuery({
    queryKey: ['kept-versions', articleId, version],
    queryFn: () => keptVersions(articleId),
  })
  if ((kept.data ?? []).length === 0) return null
  return (
    <Section title={`Kept versions (${kept.data?.length ?? 0})`}>
      <p className="field-hint">
        Versions set aside when two people saved at once. Copy what you need.
      </p>
      {(kept.data ?? []).map((v) => (
        <div key={v.id} className="kept">
          <p className="kept-label">
            {v.label} · {new Date(v.keptAt).toLocaleString()}
          </p>
          <textarea
            readOnly
            rows={5}
            aria-label={`${v.label}, kept ${new Date(v.keptAt).toLocaleString()}`}
            value={plainText(v.fields)}
          />
        </div>
      ))}
    </Section>
  )
}
