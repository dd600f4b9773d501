import type { ReactNode } from 'react'
import { useId } from 'react'

interface DeskPanelProps {
  title: string
  /** Shown when the list is empty. */
  empty: string
  isLoading: boolean
  count: number
  children: ReactNode
  footer?: ReactNode
}

/** A titled box on the Desk with its list, a loading line or an empty state. */
export function DeskPanel({ title, empty, isLoading, count, children, footer }: DeskPanelProps) {
  const id = useId()
  return (
    <section className="panel" aria-labelledby={id}>
      <h2 id={id} className="panel-title">
        {title}
        {count > 0 && <span className="count">{count}</span>}
      </h2>
      {isLoading ? (
        <p className="muted panel-empty">Loading…</p>
      ) : count === 0 ? (
        <p className="muted panel-empty">{empty}</p>
      ) : (
        <ul className="story-list">{children}</ul>
      )}
      {footer}
    </section>
  )
}
