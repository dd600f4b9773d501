export function DeskScene() {
  return (
    <section className="scene" aria-labelledby="scene-title">
      <h1 id="scene-title">Desk</h1>
    </section>
  )
}
