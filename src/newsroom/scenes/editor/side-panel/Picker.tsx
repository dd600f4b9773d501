/**
 * A searchable picker (React Aria's ComboBox) for the side panel's lists: type to search, arrows
 * to move, Enter to pick. The first match is highlighted as you type, so Enter after a partial
 * name picks it; when nothing matches, the field says so instead of doing nothing. An optional
 * last option creates what was typed ("Create tag “Floods”").
 */
import { useContext, useEffect, useMemo, useState } from 'react'
import type { KeyboardEvent } from 'react'
import {
  ComboBox,
  ComboBoxStateContext,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Text,
} from 'react-aria-components'
import type { Key } from 'react-aria-components'

export interface PickOption {
  id: string
  label: string
  /** A quieter second line: "Wire service", "No account". */
  note?: string
}

export interface PickerProps {
  label: string
  placeholder: string
  /** The options that match `text`, best first. */
  options: PickOption[]
  text: string
  onText: (text: string) => void
  onPick: (option: PickOption) => void
  /**
   * Offered after the matches when no option is named exactly `text`. Unless `onEnter`, it is
   * never highlighted by itself: Enter after a typo then says that nothing matches instead of
   * creating something.
   */
  create?: { label: (text: string) => string; onCreate: (text: string) => void; onEnter?: boolean }
  /** "No byline matches “Ana”." */
  noMatch: (text: string) => string
  hint?: string
  /** A message the field shows under itself (a failed create, say). */
  message?: string
}

const createKey = '\u0000create'

/** Options whose label contains `text` (any case), those starting with it first. */
export function matching<T extends { label: string }>(options: T[], text: string): T[] {
  const words = text.trim().toLowerCase()
  if (words === '') return options
  const hits = options.filter((o) => o.label.toLowerCase().includes(words))
  const starts = (o: T) =>
    o.label.toLowerCase().startsWith(words) || o.label.toLowerCase().includes(` ${words}`)
  return [...hits.filter(starts), ...hits.filter((o) => !starts(o))]
}

export function Picker(props: PickerProps) {
  const { text, options, create } = props
  const [said, setSaid] = useState('')
  // With nothing typed the list stays shut (so it does not pop open again after a pick) unless
  // ArrowDown asks to browse everything.
  const [isBrowsing, setBrowsing] = useState(false)
  const typed = text.trim()
  const isNamed = options.some((o) => o.label.toLowerCase() === typed.toLowerCase())
  const items = useMemo(() => {
    if (typed === '') return isBrowsing ? options : []
    return create !== undefined && !isNamed
      ? [...options, { id: createKey, label: create.label(typed) }]
      : options
  }, [options, create, typed, isNamed, isBrowsing])
  const pick = (key: Key | null) => {
    const option = items.find((o) => o.id === key)
    if (option === undefined) return
    if (option.id === createKey) create?.onCreate(typed)
    else props.onPick(option)
    setSaid('')
    setBrowsing(false)
    props.onText('')
  }
  // Enter with nothing highlighted (the list closed, or empty): pick the first match, or say
  // that nothing matches. React Aria handles Enter on a highlighted option itself.
  const handleKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' && typed === '') setBrowsing(true)
    if (e.key !== 'Enter' || e.currentTarget.getAttribute('aria-activedescendant')) return
    if (typed === '') return
    const first = items[0]
    if (first === undefined || (first.id === createKey && !create?.onEnter))
      setSaid(props.noMatch(typed))
    else pick(first.id)
  }
  const message = said || props.message || ''
  return (
    <ComboBox
      className="picker"
      items={items}
      inputValue={text}
      onInputChange={(value) => {
        setSaid('')
        setBrowsing(false)
        props.onText(value)
      }}
      onOpenChange={(isOpen) => isOpen || setBrowsing(false)}
      selectedKey={null}
      onSelectionChange={pick}
      allowsCustomValue
      allowsEmptyCollection={typed !== ''}
    >
      <Label className="visually-hidden">{props.label}</Label>
      <Input className="picker-input" placeholder={props.placeholder} onKeyDown={handleKeyDown} />
      <HighlightFirst text={text} skip={create?.onEnter ? null : createKey} />
      {props.hint && (
        <Text slot="description" className="field-hint">
          {props.hint}
        </Text>
      )}
      <p className="picker-message" role="status">
        {message}
      </p>
      <Popover className="popover picker-popover" placement="bottom start" isNonModal>
        <ListBox
          className="menu"
          renderEmptyState={() => (
            <p className="picker-empty">
              {typed === '' ? 'Type to search.' : props.noMatch(typed)}
            </p>
          )}
        >
          {(item: PickOption) => (
            <ListBoxItem
              id={item.id}
              textValue={item.label}
              className={`menu-item${item.id === createKey ? ' picker-create' : ''}`}
            >
              <span>{item.label}</span>
              {item.note && <span className="picker-note">{item.note}</span>}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  )
}

/** Highlights the first option whenever the typed text changes, so Enter picks the top match. */
function HighlightFirst({ text, skip }: { text: string; skip: string | null }) {
  const state = useContext(ComboBoxStateContext)
  const isOpen = state?.isOpen ?? false
  // The ComboBox's own collection, which can trail the options by a render.
  const top = state?.collection.getFirstKey() ?? null
  const first = top === skip ? null : top
  useEffect(() => {
    if (state === null || !isOpen || first === null || text.trim() === '') return
    // After the ComboBox's own effect, which clears the highlight when the text changes.
    let isCurrent = true
    queueMicrotask(() => isCurrent && state.selectionManager.setFocusedKey(first))
    return () => {
      isCurrent = false
    }
    // Only a new text or a new first option moves the highlight; arrows keep theirs.
  }, [isOpen, first, text])
  return null
}
