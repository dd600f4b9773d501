import type { KeyboardEvent, MouseEvent } from 'react'

export interface Focal {
  x: number
  y: number
}

const clamp = (n: number) => Math.min(1, Math.max(0, Math.round(n * 100) / 100))

/**
 * Click the photo (or use the arrow keys) to set the point every crop keeps in view; the 16:9,
 * 1:1 and 4:5 previews follow at once.
 */
export function FocalPicker({
  src,
  focal,
  onChange,
}: {
  src: string
  focal: Focal
  onChange: (f: Focal) => void
}) {
  function handleClick(event: MouseEvent<HTMLDivElement>) {
    const box = event.currentTarget.getBoundingClientRect()
    onChange({
      x: clamp((event.clientX - box.left) / box.width),
      y: clamp((event.clientY - box.top) / box.height),
    })
  }
  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const step = event.shiftKey ? 0.1 : 0.02
    const moves: Record<string, Focal> = {
      ArrowLeft: { x: focal.x - step, y: focal.y },
      ArrowRight: { x: focal.x + step, y: focal.y },
      ArrowUp: { x: focal.x, y: focal.y - step },
      ArrowDown: { x: focal.x, y: focal.y + step },
    }
    const move = moves[event.key]
    if (move === undefined) return
    event.preventDefault()
    onChange({ x: clamp(move.x), y: clamp(move.y) })
  }
  const position = `${focal.x * 100}% ${focal.y * 100}%`
  return (
    <div className="focal">
      <div
        className="focal-frame"
        role="slider"
        tabIndex={0}
        aria-label="Focal point"
        aria-valuetext={`${Math.round(focal.x * 100)}% across, ${Math.round(focal.y * 100)}% down`}
        aria-valuenow={Math.round(focal.x * 100)}
        onClick={handleClick}
        onKeyDown={handleKeyDown}
      >
        <img src={src} alt="" draggable={false} />
        <span
          className="focal-dot"
          style={{ left: `${focal.x * 100}%`, top: `${focal.y * 100}%` }}
        />
      </div>
      <div className="crops" aria-label="Crop previews">
        {(['16:9', '1:1', '4:5'] as const).map((ratio) => (
          <figure key={ratio} className="crop">
            <div className={`crop-box crop-${ratio.replace(':', 'x')}`}>
              <img src={src} alt="" style={{ objectPosition: position }} />
            </div>
            <figcaption>{ratio}</figcaption>
          </figure>
        ))}
      </div>
    </div>
  )
}
