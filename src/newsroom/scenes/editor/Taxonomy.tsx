/**
 * Sections (several, the first primary, picked from the tree by path), tags (searched on the
 * server, a new name created when the story saves) and bylines (ordered, searchable, including
 * bylines without an account; editors create new ones here). Each is a list of chips over a
 * searchable picker; the server's message for the field shows under it.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useDeferredValue, useId, useMemo, useState } from 'react'
import type { ReactNode } from 'react'
import { ApiProblem } from '../../api/client'
import type { StoryFields } from './fields'
import { keys, useAuthors, useSections } from '../../api/queries'
import { isEditor, useSession } from '../../auth/session'
import { Chips } from './side-panel/Chips'
import { matching, Picker } from './side-panel/Picker'
import { sectionPaths } from './side-panel/section-tree'
import { createByline, searchTags } from './side-panel/taxonomy-api'

interface ListFieldProps {
  value: string[]
  onChange: (next: string[]) => void
  error?: string | undefined
}

const move = (list: string[], from: number, to: number) => {
  const next = [...list]
  const [item] = next.splice(from, 1)
  if (item !== undefined) next.splice(to, 0, item)
  return next
}
/** What the picker's search box holds. */
function useTyping() {
  const [text, onText] = useState('')
  return { text, onText }
}
const without = (list: string[], index: number) => list.filter((_, i) => i !== index)
const quoted = (text: string) => `“${text}”`

/** The picker's create option, when it is offered: “Create tag “Floods””. */
const offerCreate = (
  isOffered: boolean,
  noun: string,
  onCreate: (text: string) => void,
  onEnter = false,
) =>
  isOffered
    ? { create: { label: (t: string) => `Create ${noun} ${quoted(t)}`, onCreate, onEnter } }
    : {}

/** A titled group: the chips, the picker, the server's message. */
function TaxonomyField(props: { title: string; error?: string | undefined; children: ReactNode }) {
  const id = useId()
  return (
    <div className="field taxonomy-field" role="group" aria-labelledby={id}>
      <span id={id} className="taxonomy-title">
        {props.title}
      </span>
      {props.children}
      {props.error && <p className="field-error">{props.error}</p>}
    </div>
  )
}

export function SectionsField({ value, onChange, error }: ListFieldProps) {
  const typing = useTyping()
  const { text } = typing
  const sections = useSections()
  const paths = useMemo(() => sectionPaths(sections.data?.items ?? []), [sections.data])
  const pathOf = (slug: string) => paths.find((p) => p.slug === slug)?.path ?? slug
  const options = matching(
    paths.filter((p) => !value.includes(p.slug)).map((p) => ({ id: p.slug, label: p.path })),
    text,
  )
  return (
    <TaxonomyField title="Sections" error={error}>
      <Chips
        name="Sections, primary first"
        noun="section"
        chips={value.map((slug, i) => ({
          id: slug,
          label: pathOf(slug),
          ...(i === 0 ? { badge: 'Primary' } : {}),
        }))}
        empty="No section yet. The first you add is the primary one."
        onRemove={(i) => onChange(without(value, i))}
        onMakePrimary={(i) => onChange(move(value, i, 0))}
      />
      <Picker
        label="Add a section"
        placeholder="Search sections"
        options={options}
        {...typing}
        onPick={(o) => onChange([...value, o.id])}
        noMatch={(t) => `No section matches ${quoted(t)}.`}
      />
    </TaxonomyField>
  )
}

export function TagsField({ value, onChange, error }: ListFieldProps) {
  const typing = useTyping()
  const { text } = typing
  const q = useDeferredValue(text.trim())
  const found = useQuery({
    queryKey: [...keys.tags, 'search', q],
    queryFn: () => searchTags(q),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  })
  const has = (name: string) => value.some((v) => v.toLowerCase() === name.toLowerCase())
  const options = matching(
    (found.data ?? []).filter((t) => !has(t.name)).map((t) => ({ id: t.slug, label: t.name })),
    text,
  )
  const typed = text.trim()
  return (
    <TaxonomyField title="Tags" error={error}>
      <Chips
        name="Tags on this story"
        noun="tag"
        inline
        chips={value.map((name) => ({ id: name, label: name }))}
        empty="No tags yet."
        onRemove={(i) => onChange(without(value, i))}
      />
      <Picker
        label="Add a tag"
        placeholder="Search or create a tag"
        options={options}
        {...typing}
        onPick={(o) => onChange([...value, o.label])}
        {...offerCreate(!has(typed), 'tag', (t) => onChange([...value, t]), true)}
        noMatch={(t) =>
          has(t) ? `${quoted(t)} is already on this story.` : `No tag matches ${quoted(t)}.`
        }
        hint="A new tag is created when the story saves."
      />
    </TaxonomyField>
  )
}

export function BylinesField({ value, onChange, error }: ListFieldProps) {
  const typing = useTyping()
  const { text } = typing
  const [message, setMessage] = useState('')
  const { user } = useSession()
  const queryClient = useQueryClient()
  const authors = useAuthors()
  const all = authors.data?.items ?? []
  const nameOf = (slug: string) => all.find((a) => a.slug === slug)?.name ?? slug
  const noteOf = (a: { isWire: boolean; userId?: string | null }) =>
    a.isWire ? 'Wire service' : a.userId === null ? 'No account' : undefined
  const options = matching(
    all
      .filter((a) => !value.includes(a.slug))
      .map((a) => ({ id: a.slug, label: a.name, ...withNote(noteOf(a)) })),
    text,
  )
  const create = useMutation({
    mutationFn: createByline,
    onMutate: () => setMessage(''),
    onSuccess: async (made) => {
      onChange([...value, made.slug])
      setMessage(`Byline ${quoted(made.name)} created.`)
      await queryClient.invalidateQueries({ queryKey: keys.authors })
    },
    onError: (e) =>
      setMessage(
        e instanceof ApiProblem
          ? `The byline was not created: ${e.errors[0]?.message ?? e.detail ?? e.title}`
          : 'The byline was not created: the server could not be reached.',
      ),
  })
  return (
    <TaxonomyField title="Bylines" error={error}>
      <Chips
        name="Bylines in order"
        noun="byline"
        chips={value.map((slug) => {
          const author = all.find((a) => a.slug === slug)
          return { id: slug, label: nameOf(slug), ...withNote(author && noteOf(author)) }
        })}
        empty="No byline yet. Publishing needs one."
        onRemove={(i) => onChange(without(value, i))}
        onMove={(from, to) => onChange(move(value, from, to))}
      />
      <Picker
        label="Add a byline"
        placeholder="Search bylines by name"
        options={options}
        {...typing}
        onPick={(o) => onChange([...value, o.id])}
        {...offerCreate(isEditor(user), 'byline', (t) => create.mutate(t))}
        noMatch={(t) =>
          `No byline matches ${quoted(t)}.${
            isEditor(user)
              ? ' To add it, choose “Create byline” in the list.'
              : ' An editor can create it.'
          }`
        }
        message={message}
      />
    </TaxonomyField>
  )
}

const withNote = (note: string | undefined) => (note === undefined ? {} : { note })

/**
 * The three together, as the side panel shows them. Loaded on its own (React.lazy) so the
 * comboboxes stay out of the JavaScript the editor needs before it accepts typing.
 */
export function TaxonomyFields({
  fields,
  err,
  set,
}: {
  fields: Pick<StoryFields, 'sections' | 'tags' | 'authors'>
  err: (field: string) => string | undefined
  set: <K extends 'sections' | 'tags' | 'authors'>(key: K, value: StoryFields[K]) => void
}) {
  return (
    <>
      <SectionsField
        value={fields.sections}
        error={err('sections')}
        onChange={(v) => set('sections', v)}
      />
      <BylinesField
        value={fields.authors}
        error={err('authors')}
        onChange={(v) => set('authors', v)}
      />
      <TagsField value={fields.tags} error={err('tags')} onChange={(v) => set('tags', v)} />
    </>
  )
}
