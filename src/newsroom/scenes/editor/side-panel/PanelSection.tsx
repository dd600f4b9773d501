/** One collapsible group of the side panel. */
import type { ReactNode } from 'react'

export function PanelSection({
  title,
  children,
  open = true,
}: {
  title: string
  children: ReactNode
  open?: boolean
}) {
  return (
    <details className="panel-section" open={open}>
      <summary>{title}</summary>
      <div className="panel-body">{children}</div>
    </details>
  )
}
