import type { MenuItemJson } from '../../api/types'
import { kindName } from './menu-labels'
import { MoveButtons } from './MoveButtons'

/** One menu entry: its name and kind, its label (and address for a link), and order buttons. */
export function MenuItemRow({
  item,
  name,
  index,
  count,
  onChange,
  onMove,
  onRemove,
}: {
  item: MenuItemJson
  name: string
  index: number
  count: number
  onChange: (item: MenuItemJson) => void
  onMove: (by: number) => void
  onRemove: () => void
}) {
  return (
    <li className="curation-item is-row">
      <div className="curation-item-main">
        <span className="curation-item-name">{name}</span>
        <span className="badge">{kindName[item.kind]}</span>
      </div>
      <div className="row curation-item-fields">
        <input
          aria-label={`Label of ${name}`}
          placeholder={item.kind === 'link' ? 'Label' : 'Own label (optional)'}
          value={item.label ?? ''}
          onChange={(e) =>
            onChange(
              item.kind === 'link'
                ? { ...item, label: e.target.value }
                : { ...item, label: e.target.value === '' ? null : e.target.value },
            )
          }
        />
        {item.kind === 'link' && (
          <input
            aria-label={`Address of ${name}`}
            value={item.url}
            onChange={(e) => onChange({ ...item, url: e.target.value })}
          />
        )}
      </div>
      <div className="row">
        <MoveButtons what={name} index={index} count={count} onMove={onMove} />
        <button
          type="button"
          className="button small danger"
          aria-label={`Remove ${name}`}
          onClick={onRemove}
        >
          Remove
        </button>
      </div>
    </li>
  )
}
