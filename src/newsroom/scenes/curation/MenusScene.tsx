import { useQueries, useQuery } from '@tanstack/react-query'
import { useId, useMemo, useState } from 'react'
import { api, data } from '../../api/client'
import { useSections, useSettings, useTags } from '../../api/queries'
import type { MenuItemJson } from '../../api/types'
import { menuDoc, menuNames } from './curation-api'
import type { MenuName } from './curation-api'
import { AddMenuItem } from './AddMenuItem'
import { HistoryList } from './HistoryList'
import { itemName, moved } from './menu-labels'
import { MenuItemRow } from './MenuItemRow'
import { SaveBar } from './SaveBar'
import { useCuratedDraft } from './useCuratedDraft'

const menuTitle: Record<MenuName, string> = {
  main: 'Main navigation',
  secondary: 'Secondary row',
  footer: 'Footer',
}

/** The three menus, edited as ordered lists; sections in no menu are listed to be placed. */
export function MenusScene() {
  const id = useId()
  const zone = useSettings().data?.timeZone
  const [menu, setMenu] = useState<MenuName>('main')
  const doc = useMemo(() => menuDoc(menu), [menu])
  const draft = useCuratedDraft(doc)
  const items = draft.value ?? []
  const sections = useSections().data?.items ?? []
  const tags = useTags().data?.items ?? []
  const pages =
    useQuery({
      queryKey: ['curation', 'pages'],
      queryFn: () =>
        data(
          api.GET('/api/v1/articles', {
            params: { query: { kind: 'page', status: 'published', limit: 100 } },
          }),
        ),
    }).data?.items ?? []
  const menus = useQueries({
    queries: menuNames.map((m) => ({ queryKey: menuDoc(m).key, queryFn: menuDoc(m).load })),
  })
  const sectionNames = new Map(sections.map((s) => [s.id, s.name]))
  const pageNames = new Map(pages.map((p) => [p.id, p.headline]))
  const placed = new Set(
    menuNames
      .flatMap((m, i) => (m === menu ? items : (menus[i]?.data?.value ?? [])))
      .flatMap((item) => (item.kind === 'section' ? [item.sectionId] : [])),
  )
  const unplaced = sections.filter((s) => !placed.has(s.id))
  const set = (next: MenuItemJson[]) => draft.edit(next)
  const add = (item: MenuItemJson) => set([...items, item])
  return (
    <div className="curation-columns">
      <div className="stack">
        <div className="field curation-picker">
          <label htmlFor={`${id}-menu`}>Menu</label>
          <select
            id={`${id}-menu`}
            disabled={draft.isDirty}
            aria-describedby={draft.isDirty ? `${id}-menu-hint` : undefined}
            value={menu}
            onChange={(e) => setMenu(e.target.value as MenuName)}
          >
            {menuNames.map((m) => (
              <option key={m} value={m}>
                {menuTitle[m]}
              </option>
            ))}
          </select>
          {draft.isDirty && (
            <p id={`${id}-menu-hint`} className="field-hint">
              Save or discard your changes to choose another.
            </p>
          )}
        </div>
        <section className="panel" aria-labelledby={`${id}-items`}>
          <h2 id={`${id}-items`} className="panel-title">
            {menuTitle[menu]}
          </h2>
          <SaveBar draft={draft} label="Save menu" />
          {draft.query.isLoading && <p className="muted">Loading…</p>}
          {!draft.query.isLoading && items.length === 0 && (
            <p className="muted">This menu is empty: nothing shows on the site.</p>
          )}
          <ol
            className="curation-list"
            aria-label={`Items of the ${menuTitle[menu].toLowerCase()}`}
          >
            {items.map((item, i) => (
              <MenuItemRow
                key={`${i}-${item.kind}`}
                item={item}
                name={itemName(item, sectionNames, pageNames)}
                index={i}
                count={items.length}
                onChange={(next) => set(items.map((old, j) => (j === i ? next : old)))}
                onMove={(by) => set(moved(items, i, by))}
                onRemove={() => set(items.filter((_, j) => j !== i))}
              />
            ))}
          </ol>
        </section>
        <AddMenuItem
          sections={sections}
          pages={pages.map((p) => ({ id: p.id, name: p.headline }))}
          tags={tags}
          onAdd={add}
        />
        <section className="panel" aria-labelledby={`${id}-unplaced`}>
          <h2 id={`${id}-unplaced`} className="panel-title">
            Not in any menu <span className="count">{unplaced.length}</span>
          </h2>
          {unplaced.length === 0 && <p className="muted">Every section is in a menu.</p>}
          <ul className="story-list">
            {unplaced.map((s) => (
              <li key={s.id} className="story-row curation-revision">
                <span>{s.name}</span>
                <button
                  type="button"
                  className="button small"
                  aria-label={`Add ${s.name} to the ${menuTitle[menu].toLowerCase()}`}
                  onClick={() => add({ kind: 'section', sectionId: s.id, label: null })}
                >
                  Add to this menu
                </button>
              </li>
            ))}
          </ul>
        </section>
      </div>
      <HistoryList draft={draft} timeZone={zone} />
    </div>
  )
}
