/** Sections as the picker shows them: in tree order, each named by its path (“News › Politics”). */

export interface SectionNode {
  slug: string
  name: string
  parent: string | null
  position: number
}

export interface SectionPath {
  slug: string
  /** “News › Politics”. */
  path: string
  depth: number
}

export const pathSeparator = ' › '

/** Every section in tree order (parents before children, by position), with its path. */
export function sectionPaths(sections: readonly SectionNode[]): SectionPath[] {
  const out: SectionPath[] = []
  const seen = new Set<string>()
  const walk = (parent: string | null, prefix: string, depth: number) => {
    const children = sections
      .filter((s) => s.parent === parent && !seen.has(s.slug))
      .sort((a, b) => a.position - b.position || a.name.localeCompare(b.name))
    for (const s of children) {
      seen.add(s.slug)
      const path = prefix === '' ? s.name : `${prefix}${pathSeparator}${s.name}`
      out.push({ slug: s.slug, path, depth })
      walk(s.slug, path, depth + 1)
    }
  }
  walk(null, '', 0)
  // A section whose parent is missing still shows, at the top.
  for (const s of sections)
    if (!seen.has(s.slug)) out.push({ slug: s.slug, path: s.name, depth: 0 })
  return out
}
