/**
 * A page's section labels (“World”, “Eastern Europe”) as the publication's own sections: an
 * existing section by name or slug, ignoring case and accents; otherwise a new section, which
 * is in no menu and on no front until an editor places it (menus and fronts are edited lists),
 * or, with `--labels-as-tags`, a tag. The report says what each new label became.
 */
import type { Ref } from '../../domain/article.js'
import { slugify } from '../../domain/slug.js'
import type { Section } from '../../domain/taxonomy.js'
import type { ImportWriter } from '../../services/import/import-batch.js'

/** A label or name as compared: lower case, accents off, spaces collapsed. */
export const labelKey = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim()

/** The existing section a label names, by its name or its slug, or null. */
export function matchSection(label: string, sections: readonly Section[]): Section | null {
  const key = labelKey(label)
  const slug = slugify(label)
  return (
    sections.find((s) => labelKey(s.name) === key) ??
    sections.find((s) => s.slug === slug || labelKey(s.slug) === key) ??
    null
  )
}

/** Where a page's labels went: section slugs and tags for its article. */
export interface PlacedLabels {
  sections: string[]
  tags: Ref[]
}

/** Places each label; counts a matched section as unchanged, reports each new one. */
export async function placeLabels(
  w: ImportWriter,
  input: { labels: readonly string[]; existing: readonly Section[]; asTags: boolean; file: string },
): Promise<PlacedLabels> {
  const placed: PlacedLabels = { sections: [], tags: [] }
  for (const label of input.labels) {
    const known = matchSection(label, input.existing)
    if (known !== null) {
      if (!placed.sections.includes(known.slug)) placed.sections.push(known.slug)
      w.used('section', known.id)
    } else if (input.asTags) {
      const before = w.report.imported.tag ?? 0
      const tag = await w.tag({ externalId: `label:${labelKey(label)}`, name: label })
      placed.tags.push(tag)
      if ((w.report.imported.tag ?? 0) > before)
        w.warn('label', `${input.file}: label “${label}” became the tag “${tag.name}”`)
    } else {
      const section = await w.section({ externalId: `label:${labelKey(label)}`, name: label })
      placed.sections.push(section.slug)
      w.warn(
        'label',
        `${input.file}: label “${label}” became a new section /${section.slug}/, in no menu until an editor places it`,
      )
    }
  }
  return placed
}
