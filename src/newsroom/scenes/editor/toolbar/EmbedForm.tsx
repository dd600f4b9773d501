/**
 * The embed form under the toolbar: a YouTube or Vimeo address, previewed before it is inserted.
 * Loaded when first opened (it brings the importers' provider naming with it).
 */
import type { Editor } from '@tiptap/react'
import { useId, useState } from 'react'
import type { FormEvent } from 'react'
import { embedFor } from '../../../../domain/embeds.js'
import { providerOf } from '../../../../domain/html-to-blocks.js'

export default function EmbedForm({ editor, onDone }: { editor: Editor; onDone: () => void }) {
  const [url, setUrl] = useState('')
  const id = useId()
  const player = embedFor(url.trim())
  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (player === null) return
    const clean = url.trim()
    editor
      .chain()
      .focus()
      .insertContent({ type: 'embed', attrs: { url: clean, provider: providerOf(clean) || null } })
      .run()
    onDone()
  }
  return (
    <form className="inline-form embed-form" onSubmit={submit} aria-label="Embed">
      <label htmlFor={id}>Video address (YouTube or Vimeo)</label>
      <input
        id={id}
        value={url}
        autoFocus
        type="url"
        onChange={(e) => setUrl(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            onDone()
            editor.commands.focus()
          }
        }}
      />
      <button className="button small" type="submit" disabled={player === null}>
        Insert
      </button>
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
      {url.trim() !== '' && player === null && (
        <p className="field-hint">
          Only YouTube and Vimeo players are embedded; other addresses can be added as links.
        </p>
      )}
      {player !== null && (
        <div className="embed-preview">
          <iframe
            src={player.src}
            title={`Preview: ${player.title}`}
            sandbox="allow-scripts allow-same-origin allow-presentation"
            referrerPolicy="no-referrer"
          />
        </div>
      )}
    </form>
  )
}
