import type { Editor } from '@tiptap/react'

/** Closes a form under the toolbar and puts the caret back in the body. */
export function CancelButton({ editor, onDone }: { editor: Editor; onDone: () => void }) {
  return (
    <button
      className="button quiet small"
      type="button"
      onClick={() => {
        onDone()
        editor.commands.focus()
      }}
    >
      Cancel
    </button>
  )
}
