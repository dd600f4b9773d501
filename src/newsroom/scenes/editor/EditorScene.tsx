/** Placeholder for the story editor (replaced by the editor's own scene). */
export function EditorScene({ id }: { id?: string }) {
  return (
    <section className="scene" aria-labelledby="editor-title">
      <h1 id="editor-title">{id === undefined ? 'New story' : 'Edit story'}</h1>
      <p className="muted">The editor opens here.</p>
    </section>
  )
}
