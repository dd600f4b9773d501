import { useId, useState } from 'react'
import type { MenuItemJson } from '../../api/types'
import type { Named } from './menu-labels'

type Kind = 'section' | 'page' | 'tag' | 'link'

/**
 * Adds an entry: a section, a static page, a tag (a thread: stored as a link to its page, since
 * menus hold sections, pages and links) or any address.
 */
export function AddMenuItem({
  sections,
  pages,
  tags,
  onAdd,
}: {
  sections: Named[]
  pages: Named[]
  tags: (Named & { slug: string })[]
  onAdd: (item: MenuItemJson) => void
}) {
  const id = useId()
  const [kind, setKind] = useState<Kind>('section')
  const [choice, setChoice] = useState('')
  const [label, setLabel] = useState('')
  const [url, setUrl] = useState('')
  const options = kind === 'section' ? sections : kind === 'page' ? pages : tags
  const add = () => {
    const tag = tags.find((t) => t.id === choice)
    const item: MenuItemJson | null =
      kind === 'link'
        ? url !== '' && label !== ''
          ? { kind: 'link', url, label }
          : null
        : kind === 'tag'
          ? tag !== undefined
            ? { kind: 'link', url: `/tag/${tag.slug}/`, label: tag.name }
            : null
          : choice === ''
            ? null
            : kind === 'section'
              ? { kind: 'section', sectionId: choice, label: null }
              : { kind: 'page', articleId: choice, label: null }
    if (item === null) return
    onAdd(item)
    setChoice('')
    setLabel('')
    setUrl('')
  }
  return (
    <fieldset className="panel curation-add">
      <legend className="panel-title">Add to this menu</legend>
      <div className="row">
        <div className="field">
          <label htmlFor={`${id}-kind`}>Kind</label>
          <select
            id={`${id}-kind`}
            value={kind}
            onChange={(e) => {
              setKind(e.target.value as Kind)
              setChoice('')
            }}
          >
            <option value="section">Section</option>
            <option value="page">Static page</option>
            <option value="tag">Tag or thread</option>
            <option value="link">Outside link</option>
          </select>
        </div>
        {kind === 'link' ? (
          <>
            <div className="field">
              <label htmlFor={`${id}-label`}>Link label</label>
              <input id={`${id}-label`} value={label} onChange={(e) => setLabel(e.target.value)} />
            </div>
            <div className="field">
              <label htmlFor={`${id}-url`}>Link address</label>
              <input id={`${id}-url`} value={url} onChange={(e) => setUrl(e.target.value)} />
            </div>
          </>
        ) : (
          <div className="field">
            <label htmlFor={`${id}-choice`}>Which</label>
            <select id={`${id}-choice`} value={choice} onChange={(e) => setChoice(e.target.value)}>
              <option value="">Choose…</option>
              {options.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <button type="button" className="button" onClick={add}>
          Add item
        </button>
      </div>
    </fieldset>
  )
}
