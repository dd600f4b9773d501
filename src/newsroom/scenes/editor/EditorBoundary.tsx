/**
 * If the editor screen fails to render, say so in place (the rest of the app stays) and point to
 * what is safe: edits not yet on the server are still in this browser and come back on reload.
 */
import { Component } from 'react'
import type { ReactNode } from 'react'

export class EditorBoundary extends Component<{ children: ReactNode }, { failed: string | null }> {
  override state = { failed: null as string | null }

  static getDerivedStateFromError(error: unknown) {
    return { failed: error instanceof Error ? error.message : String(error) }
  }

  override render() {
    if (this.state.failed === null) return this.props.children
    return (
      <section className="scene" role="alert">
        <h1>The editor ran into a problem</h1>
        <p>
          Your edits are kept in this browser and come back when the story is opened again. Reload
          the page to continue.
        </p>
        <p className="muted">{this.state.failed}</p>
      </section>
    )
  }
}
