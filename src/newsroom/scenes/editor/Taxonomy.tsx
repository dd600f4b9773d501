/** Sections (several, first is primary, nested), tags (autocomplete, create) and ordered bylines. */
import { useQuery } from '@tanstack/react-query'
import type { KeyboardEvent } from 'react'
import { useId, useState } from 'react'
import type { SectionItem } from './article-api'
import { listAuthors, listSections, listTags } from './article-api'

type Change = (next: string[]) => void

const move = (list: string[], from: number, to: number) => {
  const next = [...list]
  const [item] = next.splice(from, 1)
  if (item !== undefined) next.splice(to, 0, item)
  return next
}

/** Sections in tree order, each with its depth, for an indented picker. */
function tree(sections: SectionItem[]): { section: SectionItem; depth: number }[] {
  const out: { section: SectionItem; depth: number }[] = []
  const walk = (parent: string | null, depth: number) => {
    for (const s of sections
      .filter((x) => x.parent === parent)
      .sort((a, b) => a.position - b.position)) {
      out.push({ section: s, depth })
      walk(s.slug, depth + 1)
    }
  }
  walk(null, 0)
  return out
}

export function SectionsField({
  value,
  onChange,
  error,
}: {
  value: string[]
  onChange: Change
  error?: string | undefined
}) {
  const id = useId()
  const sections = useQuery({ queryKey: ['sections'], queryFn: listSections, staleTime: 300_000 })
  const all = tree(sections.data ?? [])
  const name = (slug: string) => sections.data?.find((s) => s.slug === slug)?.name ?? slug
  return (
    <fieldset className="field">
      <legend>Sections</legend>
      <ol className="chips" aria-label="Chosen sections">
        {value.map((slug, i) => (
          <li key={slug} className="chip">
            <span>
              {name(slug)}
              {i === 0 && <span className="badge">Primary</span>}
            </span>
            {i > 0 && (
              <button
                type="button"
                className="link-button"
                onClick={() => onChange(move(value, i, 0))}
                aria-label={`Make ${name(slug)} the primary section`}
              >
                Make primary
              </button>
            )}
            <button
              type="button"
              className="link-button"
              onClick={() => onChange(value.filter((s) => s !== slug))}
              aria-label={`Remove section ${name(slug)}`}
            >
              Remove
            </button>
          </li>
        ))}
      </ol>
      <label htmlFor={id} className="visually-hidden">
        Add a section
      </label>
      <select
        id={id}
        value=""
        onChange={(e) => e.target.value && onChange([...value, e.target.value])}
      >
        <option value="">Add a section…</option>
        {all
          .filter((x) => !value.includes(x.section.slug))
          .map(({ section, depth }) => (
            <option key={section.slug} value={section.slug}>
              {'\u2003'.repeat(depth)}
              {section.name}
            </option>
          ))}
      </select>
      {error && <p className="field-error">{error}</p>}
    </fieldset>
  )
}

export function TagsField({
  value,
  onChange,
  error,
}: {
  value: string[]
  onChange: Change
  error?: string | undefined
}) {
  const [text, setText] = useState('')
  const tags = useQuery({ queryKey: ['tags'], queryFn: listTags, staleTime: 300_000 })
  const add = () => {
    const name = text.trim()
    if (name !== '' && !value.some((v) => v.toLowerCase() === name.toLowerCase()))
      onChange([...value, name])
    setText('')
  }
  return (
    <div className="field">
      <span className="label">Tags</span>
      <ul className="chips" aria-label="Tags on this story">
        {value.map((tag) => (
          <li key={tag} className="chip">
            <span>{tag}</span>
            <button
              type="button"
              className="link-button"
              aria-label={`Remove tag ${tag}`}
              onClick={() => onChange(value.filter((t) => t !== tag))}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <AddRow
        label="Add a tag"
        placeholder="Type a tag, press Enter"
        text={text}
        onText={setText}
        onAdd={add}
        options={(tags.data ?? []).map((t) => ({ key: t.slug, value: t.name, note: '' }))}
      />
      <p className="field-hint">A new name creates the tag.</p>
      {error && <p className="field-error">{error}</p>}
    </div>
  )
}

export function BylinesField({
  value,
  onChange,
  error,
}: {
  value: string[]
  onChange: Change
  error?: string | undefined
}) {
  const [text, setText] = useState('')
  const authors = useQuery({ queryKey: ['authors'], queryFn: listAuthors, staleTime: 300_000 })
  const name = (slug: string) => authors.data?.find((a) => a.slug === slug)?.name ?? slug
  const add = () => {
    const found = authors.data?.find(
      (a) => a.name.toLowerCase() === text.trim().toLowerCase() || a.slug === text.trim(),
    )
    if (found !== undefined && !value.includes(found.slug)) onChange([...value, found.slug])
    setText('')
  }
  return (
    <div className="field">
      <span className="label">Bylines</span>
      <ol className="chips" aria-label="Bylines in order">
        {value.map((slug, i) => (
          <li key={slug} className="chip">
            <span>{name(slug)}</span>
            <button
              type="button"
              className="link-button"
              disabled={i === 0}
              aria-label={`Move ${name(slug)} up`}
              onClick={() => onChange(move(value, i, i - 1))}
            >
              Up
            </button>
            <button
              type="button"
              className="link-button"
              aria-label={`Remove byline ${name(slug)}`}
              onClick={() => onChange(value.filter((s) => s !== slug))}
            >
              Remove
            </button>
          </li>
        ))}
      </ol>
      <AddRow
        label="Add a byline"
        placeholder="Search bylines, press Enter"
        text={text}
        onText={setText}
        onAdd={add}
        options={(authors.data ?? [])
          .filter((a) => !value.includes(a.slug))
          .map((a) => ({ key: a.slug, value: a.name, note: a.isWire ? 'Wire service' : '' }))}
      />
      {error && <p className="field-error">{error}</p>}
    </div>
  )
}

/** A text box with suggestions and an Add button; Enter adds too. */
function AddRow(props: {
  label: string
  placeholder: string
  text: string
  onText: (text: string) => void
  onAdd: () => void
  options: { key: string; value: string; note: string }[]
}) {
  const id = useId()
  const handleKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter') return
    e.preventDefault()
    props.onAdd()
  }
  return (
    <>
      <div className="row">
        <label htmlFor={id} className="visually-hidden">
          {props.label}
        </label>
        <input
          id={id}
          list={`${id}-list`}
          value={props.text}
          placeholder={props.placeholder}
          onChange={(e) => props.onText(e.target.value)}
          onKeyDown={handleKeyDown}
        />
        <button type="button" className="button quiet small" onClick={props.onAdd}>
          Add
        </button>
      </div>
      <datalist id={`${id}-list`}>
        {props.options.map((o) => (
          <option key={o.key} value={o.value}>
            {o.note}
          </option>
        ))}
      </datalist>
    </>
  )
}
