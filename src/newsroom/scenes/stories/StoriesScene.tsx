export function StoriesScene() {
  return (
    <section className="scene" aria-labelledby="scene-title">
      <h1 id="scene-title">Stories</h1>
    </section>
  )
}
