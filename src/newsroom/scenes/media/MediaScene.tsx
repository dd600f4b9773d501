export function MediaScene() {
  return (
    <section className="scene" aria-labelledby="scene-title">
      <h1 id="scene-title">Media</h1>
    </section>
  )
}
