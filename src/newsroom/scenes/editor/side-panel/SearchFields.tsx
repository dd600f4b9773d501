/**
 * Excerpt and search appearance: SEO title and description with a preview of the search result
 * as a reader would see it, the canonical URL, noindex and the story's language.
 */
import type { StoryFields } from '../fields'
import { articleLimits } from '../fields'
import { TextField } from '../TextField'

type Set = <K extends keyof StoryFields>(key: K, value: StoryFields[K]) => void

interface SearchFieldsProps {
  fields: StoryFields
  publicUrl: string
  set: Set
  err: (field: string) => string | undefined
}

/** Cut at a word, as search engines shorten long titles and descriptions. */
const shorten = (text: string, max: number) => {
  if (text.length <= max) return text
  const cut = text.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`
}

export function SearchFields({ fields, publicUrl, set, err }: SearchFieldsProps) {
  const title = fields.seoTitle || fields.headline || 'Headline'
  const text =
    fields.seoDescription || fields.excerpt || fields.dek || 'The description search engines show.'
  return (
    <>
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
        hint="Empty: the headline"
        onChange={(v) => set('seoTitle', v || null)}
      />
      <TextField
        label="SEO description"
        value={fields.seoDescription ?? ''}
        limit={articleLimits.seoDescription}
        error={err('seoDescription')}
        multiline
        hint="Empty: the excerpt or the dek"
        onChange={(v) => set('seoDescription', v || null)}
      />
      <figure className="serp">
        <figcaption className="serp-caption">Search result preview</figcaption>
        <p className="serp-url">{publicUrl}</p>
        <p className="serp-title">{shorten(title, 60)}</p>
        <p className="serp-text">{shorten(text, 160)}</p>
        {fields.noindex && <p className="serp-hidden">Hidden from search engines (noindex).</p>}
      </figure>
      <TextField
        label="Canonical URL"
        type="url"
        value={fields.canonicalUrl ?? ''}
        error={err('canonicalUrl')}
        hint="Only when the story first appeared elsewhere"
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
    </>
  )
}
