import { Dialog, Heading, Modal } from 'react-aria-components'
import { shortcuts } from './shortcuts'

/** The list of keyboard shortcuts (`?`). */
export function ShortcutsHelp({ isOpen, onClose }: { isOpen: boolean; onClose: () => void }) {
  return (
    <Modal
      isOpen={isOpen}
      onOpenChange={(open) => !open && onClose()}
      isDismissable
      className="modal wide"
    >
      <Dialog className="dialog">
        <div className="dialog-head">
          <Heading slot="title">Keyboard shortcuts</Heading>
          <button type="button" className="button small quiet" onClick={onClose}>
            Close
          </button>
        </div>
        <table className="shortcuts">
          <thead>
            <tr>
              <th scope="col">Keys</th>
              <th scope="col">Does</th>
              <th scope="col">Where</th>
            </tr>
          </thead>
          <tbody>
            {shortcuts.map((s) => (
              <tr key={s.does}>
                <td>
                  {s.keys.map((k, i) => (
                    <span key={k}>
                      {i > 0 && (s.keys[0] === 'g' ? ' then ' : ' + ')}
                      <kbd>{k}</kbd>
                    </span>
                  ))}
                </td>
                <td>{s.does}</td>
                <td className="muted">{s.where}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Dialog>
    </Modal>
  )
}
