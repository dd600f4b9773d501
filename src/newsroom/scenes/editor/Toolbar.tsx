/**
 * The body's toolbar: one button per block type and mark, each with its shortcut, plus forms for
 * links and embeds and the media picker. Buttons report their state (aria-pressed) from the
 * selection, read through useEditorState so typing re-renders only when that state changes.
 */
import type { Editor } from '@tiptap/react'
import { useEditorState } from '@tiptap/react'
import { useId, useRef, useState } from 'react'
import type { FormEvent } from 'react'
import { isSafeHref } from '../../../domain/block-document.js'
import { embedProviders, recogniseEmbed } from '../../../domain/embeds.js'
import { providerOf } from '../../../domain/html-to-blocks.js'
import { figureAttrs } from './BodyEditor'
import { MediaPicker } from './MediaPicker'

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform)
const mod = isMac ? '⌘' : 'Ctrl+'
const alt = isMac ? '⌥' : 'Alt+'

function ToolButton(props: {
  label: string
  shortcut?: string
  pressed?: boolean
  onPress: () => void
  children: React.ReactNode
}) {
  return (
    <button
      type="button"
      className="tool"
      aria-pressed={props.pressed}
      aria-keyshortcuts={props.shortcut}
      title={props.shortcut ? `${props.label} (${props.shortcut})` : props.label}
      onMouseDown={(e) => e.preventDefault()}
      onClick={props.onPress}
    >
      <span aria-hidden="true">{props.children}</span>
      <span className="visually-hidden">{props.label}</span>
    </button>
  )
}

type Panel = 'link' | 'embed' | null

export function Toolbar({ editor, onFiles }: { editor: Editor; onFiles: (files: File[]) => void }) {
  const [panel, setPanel] = useState<Panel>(null)
  const [pickerOpen, setPickerOpen] = useState(false)
  const fileInput = useRef<HTMLInputElement>(null)
  const uploadId = useId()
  const s = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      code: e.isActive('code'),
      link: e.isActive('link'),
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      h4: e.isActive('heading', { level: 4 }),
      bullet: e.isActive('bulletList'),
      ordered: e.isActive('orderedList'),
      quote: e.isActive('blockquote'),
    }),
  })
  const chain = () => editor.chain().focus()
  const heading = (level: 2 | 3 | 4) => chain().toggleNode('heading', 'paragraph', { level }).run()

  return (
    <div className="toolbar-wrap">
      <div className="toolbar" role="toolbar" aria-label="Formatting">
        <div className="tool-group">
          <ToolButton
            label="Paragraph"
            shortcut={`${mod}${alt}0`}
            onPress={() => chain().setNode('paragraph').run()}
          >
            ¶
          </ToolButton>
          <ToolButton
            label="Heading 2"
            shortcut={`${mod}${alt}2`}
            pressed={s.h2}
            onPress={() => heading(2)}
          >
            H2
          </ToolButton>
          <ToolButton
            label="Heading 3"
            shortcut={`${mod}${alt}3`}
            pressed={s.h3}
            onPress={() => heading(3)}
          >
            H3
          </ToolButton>
          <ToolButton
            label="Heading 4"
            shortcut={`${mod}${alt}4`}
            pressed={s.h4}
            onPress={() => heading(4)}
          >
            H4
          </ToolButton>
        </div>
        <div className="tool-group">
          <ToolButton
            label="Bold"
            shortcut={`${mod}B`}
            pressed={s.bold}
            onPress={() => chain().toggleMark('bold').run()}
          >
            <b>B</b>
          </ToolButton>
          <ToolButton
            label="Italic"
            shortcut={`${mod}I`}
            pressed={s.italic}
            onPress={() => chain().toggleMark('italic').run()}
          >
            <i>I</i>
          </ToolButton>
          <ToolButton
            label="Code"
            shortcut={`${mod}E`}
            pressed={s.code}
            onPress={() => chain().toggleMark('code').run()}
          >
            <code>{'</>'}</code>
          </ToolButton>
          <ToolButton
            label="Link"
            shortcut={`${mod}K`}
            pressed={s.link}
            onPress={() => setPanel(panel === 'link' ? null : 'link')}
          >
            Link
          </ToolButton>
        </div>
        <div className="tool-group">
          <ToolButton
            label="Bulleted list"
            shortcut={`${mod}Shift+8`}
            pressed={s.bullet}
            onPress={() => chain().toggleList('bulletList', 'listItem').run()}
          >
            • List
          </ToolButton>
          <ToolButton
            label="Numbered list"
            shortcut={`${mod}Shift+7`}
            pressed={s.ordered}
            onPress={() => chain().toggleList('orderedList', 'listItem').run()}
          >
            1. List
          </ToolButton>
          <ToolButton
            label="Quote"
            shortcut={`${mod}Shift+B`}
            pressed={s.quote}
            onPress={() => chain().toggleWrap('blockquote').run()}
          >
            “ Quote
          </ToolButton>
        </div>
        <div className="tool-group">
          <ToolButton label="Photo from the library" onPress={() => setPickerOpen(true)}>
            Photo
          </ToolButton>
          <label className="tool" htmlFor={uploadId} title="Upload a photo">
            Upload
          </label>
          <input
            id={uploadId}
            ref={fileInput}
            className="visually-hidden"
            type="file"
            accept="image/*"
            multiple
            aria-label="Upload a photo"
            onChange={(e) => {
              onFiles([...(e.target.files ?? [])])
              e.target.value = ''
            }}
          />
          <ToolButton
            label="Embed a video, audio, map, chart or post"
            onPress={() => setPanel(panel === 'embed' ? null : 'embed')}
          >
            Embed
          </ToolButton>
          <ToolButton label="Horizontal rule" onPress={() => chain().insertRule().run()}>
            ―
          </ToolButton>
          <ToolButton
            label="Line break"
            shortcut="Shift+Enter"
            onPress={() => chain().insertHardBreak().run()}
          >
            ↵
          </ToolButton>
        </div>
        <div className="tool-group">
          <ToolButton label="Undo" shortcut={`${mod}Z`} onPress={() => chain().undo().run()}>
            Undo
          </ToolButton>
          <ToolButton label="Redo" shortcut={`${mod}Shift+Z`} onPress={() => chain().redo().run()}>
            Redo
          </ToolButton>
        </div>
      </div>
      {panel === 'link' && <LinkForm editor={editor} onDone={() => setPanel(null)} />}
      {panel === 'embed' && <EmbedForm editor={editor} onDone={() => setPanel(null)} />}
      <MediaPicker
        isOpen={pickerOpen}
        onOpenChange={setPickerOpen}
        onPick={(media) => {
          setPickerOpen(false)
          chain()
            .insertContent({ type: 'figure', attrs: figureAttrs(media) })
            .run()
        }}
      />
    </div>
  )
}

function LinkForm({ editor, onDone }: { editor: Editor; onDone: () => void }) {
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
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  )
}

function EmbedForm({ editor, onDone }: { editor: Editor; onDone: () => void }) {
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
