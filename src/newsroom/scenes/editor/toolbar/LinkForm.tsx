/** The link form under the toolbar: set, change or remove the link at the selection. */
import type { Editor } from '@tiptap/react'
import { useId, useState } from 'react'
import type { FormEvent } from 'react'
import { isSafeHref } from '../../../../domain/block-document.js'
import { CancelButton } from './CancelButton'

export function LinkForm({ editor, onDone }: { editor: Editor; onDone: () => void }) {
  const current = editor.getAttributes('link').href as string | undefined
  const [href, setHref] = useState(current ?? 'https://')
  const [error, setError] = useState<string | null>(null)
  const id = useId()
  const submit = (e: FormEvent) => {
    e.preventDefault()
    const clean = href.trim()
    if (!isSafeHref(clean))
      return setError(
        'Use an address starting with https://, http:// or mailto:, or a path on this site.',
      )
    editor.chain().focus().extendMarkRange('link').setLink({ href: clean }).run()
    onDone()
  }
  return (
    <form className="inline-form" onSubmit={submit} aria-label="Link">
      <label htmlFor={id}>Link address</label>
      <input
        id={id}
        value={href}
        autoFocus
        onChange={(e) => setHref(e.target.value)}
        aria-invalid={error ? true : undefined}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            onDone()
            editor.commands.focus()
          }
        }}
      />
      <button className="button small" type="submit">
        Apply
      </button>
      {current !== undefined && (
        <button
          className="button quiet small"
          type="button"
          onClick={() => {
            editor.chain().focus().unsetLink().run()
            onDone()
          }}
        >
          Remove link
        </button>
      )}
      <CancelButton editor={editor} onDone={onDone} />
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  )
}
