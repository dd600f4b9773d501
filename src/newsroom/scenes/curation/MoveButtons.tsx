/** ↑ and ↓ for one entry of an ordered list (zones, pins, menu items), labelled for screen readers. */
export function MoveButtons({
  what,
  index,
  count,
  onMove,
}: {
  /** How the buttons name the entry: “zone Lead”, “pin …”, a menu item's label. */
  what: string
  index: number
  count: number
  onMove: (by: -1 | 1) => void
}) {
  return (
    <>
      <button
        type="button"
        className="button small"
        aria-label={`Move ${what} up`}
        disabled={index === 0}
        onClick={() => onMove(-1)}
      >
        ↑
      </button>
      <button
        type="button"
        className="button small"
        aria-label={`Move ${what} down`}
        disabled={index === count - 1}
        onClick={() => onMove(1)}
      >
        ↓
      </button>
    </>
  )
}
