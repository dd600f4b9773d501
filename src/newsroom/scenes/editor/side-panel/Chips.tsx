/**
 * The chosen sections, tags or bylines as a list of chips, each with its buttons: remove, and for
 * ordered lists move up and down (the keyboard's way to reorder) or make primary. Focus stays on
 * the moved chip, and after a removal goes to the next chip or back to the field's search box.
 */
import { useEffect, useRef, useState } from 'react'
import type { ReactNode } from 'react'

export interface Chip {
  id: string
  label: string
  /** "Primary", beside the label. */
  badge?: string
  /** "Wire service", quieter, after the label. */
  note?: string
}

interface ChipsProps {
  /** The list's accessible name: "Bylines in order". */
  name: string
  /** "byline": the buttons say "Remove byline Ana Ruiz". */
  noun: string
  chips: Chip[]
  empty: string
  onRemove: (index: number) => void
  /** Ordered lists: move up and down buttons. */
  onMove?: (from: number, to: number) => void
  /** Lists whose first is primary: a "Make primary" button on the others. */
  onMakePrimary?: (index: number) => void
  inline?: boolean
}

type Focus = { id: string; action: string } | null

export function Chips(props: ChipsProps) {
  const list = useRef<HTMLDivElement>(null)
  const [focus, setFocus] = useState<Focus>(null)
  useEffect(() => {
    if (focus === null) return
    setFocus(null)
    const chip = list.current?.querySelector(`[data-chip="${CSS.escape(focus.id)}"]`)
    const target =
      chip?.querySelector<HTMLElement>(`[data-action="${focus.action}"]:not(:disabled)`) ??
      chip?.querySelector<HTMLElement>('button:not(:disabled)') ??
      list.current?.closest('.taxonomy-field')?.querySelector<HTMLElement>('input')
    target?.focus()
  }, [focus, props.chips])
  const remove = (index: number) => {
    const next = props.chips[index + 1] ?? props.chips[index - 1]
    setFocus({ id: next?.id ?? '', action: 'remove' })
    props.onRemove(index)
  }
  const move = (index: number, to: number, action: string) => {
    setFocus({ id: props.chips[index]?.id ?? '', action })
    props.onMove?.(index, to)
  }
  const primary = (index: number) => {
    setFocus({ id: props.chips[index]?.id ?? '', action: 'remove' })
    props.onMakePrimary?.(index)
  }
  const List = props.onMove || props.onMakePrimary ? 'ol' : 'ul'
  return (
    <div ref={list}>
      {props.chips.length === 0 ? (
        <p className="chips-empty">{props.empty}</p>
      ) : (
        <List className={`chips${props.inline ? ' chips-inline' : ''}`} aria-label={props.name}>
          {props.chips.map((chip, i) => (
            <li key={chip.id} className="chip" data-chip={chip.id}>
              <span className="chip-label">
                {chip.label}
                {chip.badge && <span className="chip-badge">{chip.badge}</span>}
                {chip.note && <span className="chip-note">{chip.note}</span>}
              </span>
              {props.onMove && (
                <>
                  <ChipButton
                    action="up"
                    label={`Move ${chip.label} up`}
                    disabled={i === 0}
                    onPress={() => move(i, i - 1, 'up')}
                  >
                    ↑
                  </ChipButton>
                  <ChipButton
                    action="down"
                    label={`Move ${chip.label} down`}
                    disabled={i === props.chips.length - 1}
                    onPress={() => move(i, i + 1, 'down')}
                  >
                    ↓
                  </ChipButton>
                </>
              )}
              {props.onMakePrimary && i > 0 && (
                <ChipButton
                  action="primary"
                  label={`Make primary: ${chip.label}`}
                  onPress={() => primary(i)}
                >
                  Make primary
                </ChipButton>
              )}
              <ChipButton
                action="remove"
                label={`Remove ${props.noun} ${chip.label}`}
                onPress={() => remove(i)}
              >
                ×
              </ChipButton>
            </li>
          ))}
        </List>
      )}
    </div>
  )
}

function ChipButton(props: {
  action: string
  label: string
  disabled?: boolean
  onPress: () => void
  children: ReactNode
}) {
  return (
    <button
      type="button"
      className={`chip-button chip-${props.action}`}
      data-action={props.action}
      aria-label={props.label}
      title={props.label}
      disabled={props.disabled}
      onClick={props.onPress}
    >
      {props.children}
    </button>
  )
}
