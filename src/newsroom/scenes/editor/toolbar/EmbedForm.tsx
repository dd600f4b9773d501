/**
 * The embed form under the toolbar: an allow-listed address, previewed (or named as a card) before it is inserted.
 * Loaded when first opened (it brings the importers' provider naming with it).
 */
import type { Editor } from '@tiptap/react'
import { useId, useState } from 'react'
import type { FormEvent } from 'react'
import { embedProviders, recogniseEmbed } from '../../../../domain/embeds.js'
import { providerOf } from '../../../../domain/embeds.js'
import { CancelButton } from './CancelButton'

export default function EmbedForm({ editor, onDone }: { editor: Editor; onDone: () => void }) {
  const [url, setUrl] = useState('')
  const id = useId()
  const known = recogniseEmbed(url.trim())
  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (known === null) return
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
      <label htmlFor={id}>Address of a video, audio, map, chart, document or post</label>
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
      <button className="button small" type="submit" disabled={known === null}>
        Insert
      </button>
      <CancelButton editor={editor} onDone={onDone} />
      {url.trim() !== '' && known === null && (
        <p className="field-hint">
          Embedded: {embedProviders.players.join(', ')}; shown as a card with a link:{' '}
          {embedProviders.cards.join(', ')}. Other addresses can be added as links.
        </p>
      )}
      {known?.kind === 'card' && <p className="embed-card">{known.title}: shown as a card.</p>}
      {known?.kind === 'player' && (
        <div className="embed-preview">
          <iframe
            src={known.src}
            className={`embed-${known.shape}`}
            title={`Preview: ${known.title}`}
            sandbox="allow-scripts allow-same-origin allow-presentation"
            referrerPolicy="no-referrer"
          />
        </div>
      )}
    </form>
  )
}
