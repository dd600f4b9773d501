import type { MenuItemJson } from '../../api/types'

export interface Named {
  id: string
  name: string
}

/** What an item shows in the newsroom: its own label, or its section's name or page's headline. */
export function itemName(
  item: MenuItemJson,
  sections: ReadonlyMap<string, string>,
  pages: ReadonlyMap<string, string>,
): string {
  if (item.label != null && item.label !== '') return item.label
  if (item.kind === 'section') return sections.get(item.sectionId) ?? 'Unknown section'
  if (item.kind === 'page') return pages.get(item.articleId) ?? 'Unpublished page'
  return item.url
}

export const kindName: Record<MenuItemJson['kind'], string> = {
  section: 'Section',
  page: 'Static page',
  link: 'Link',
}

/** The list with the item at `from` moved by `by` places (no-op at the ends). */
export function moved<T>(list: readonly T[], from: number, by: number): T[] {
  const to = from + by
  if (to < 0 || to >= list.length) return [...list]
  const next = [...list]
  const [item] = next.splice(from, 1)
  if (item !== undefined) next.splice(to, 0, item)
  return next
}
