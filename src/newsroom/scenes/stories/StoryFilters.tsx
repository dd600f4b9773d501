import type { FormEvent, RefObject } from 'react'
import { useAuthors, useSections, useTags } from '../../api/queries'
import { statusLabel } from '../../components/format'
import type { StoryFilterName } from './filters'

interface StoryFiltersProps {
  values: Record<StoryFilterName, string>
  onChange: (name: StoryFilterName, value: string) => void
  searchRef: RefObject<HTMLInputElement | null>
}

/** Words, status, section, author and tag; each change updates the address and the list. */
export function StoryFilters({ values, onChange, searchRef }: StoryFiltersProps) {
  const sections = useSections().data?.items ?? []
  const authors = useAuthors().data?.items ?? []
  const tags = useTags().data?.items ?? []
  function handleSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    onChange('q', searchRef.current?.value.trim() ?? '')
  }
  return (
    <div className="filters" role="search" aria-label="Filter stories">
      <form onSubmit={handleSearch} className="filter-search">
        <label htmlFor="story-q" className="visually-hidden">
          Search words in any version
        </label>
        <input
          id="story-q"
          ref={searchRef}
          type="search"
          placeholder="Search words in any version  ( / )"
          defaultValue={values.q}
          key={values.q}
        />
      </form>
      <Select label="Status" value={values.status} onChange={(v) => onChange('status', v)}>
        {Object.entries(statusLabel).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </Select>
      <Select label="Section" value={values.section} onChange={(v) => onChange('section', v)}>
        {sections.map((s) => (
          <option key={s.slug} value={s.slug}>
            {s.name}
          </option>
        ))}
      </Select>
      <Select label="Author" value={values.author} onChange={(v) => onChange('author', v)}>
        {authors.map((a) => (
          <option key={a.slug} value={a.slug}>
            {a.name}
          </option>
        ))}
      </Select>
      <Select label="Tag" value={values.tag} onChange={(v) => onChange('tag', v)}>
        {tags.map((t) => (
          <option key={t.slug} value={t.slug}>
            {t.name}
          </option>
        ))}
      </Select>
    </div>
  )
}

interface SelectProps {
  label: string
  value: string
  onChange: (value: string) => void
  children: React.ReactNode
}

function Select({ label, value, onChange, children }: SelectProps) {
  return (
    <label className="filter-select">
      <span className="visually-hidden">{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)} aria-label={label}>
        <option value="">{`Any ${label.toLowerCase()}`}</option>
        {children}
      </select>
    </label>
  )
}
