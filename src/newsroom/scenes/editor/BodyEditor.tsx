/**
 * The story body: Tiptap on our block document (editor-schema/), a toolbar with every block type,
 * paste through the shared HTML-to-blocks conversion, and dropped or pasted images uploaded as
 * figures. The body is handed up as a block document 300 ms after typing stops (in idle time) (and at once when
 * the session asks), so a keystroke in a long story costs one ProseMirror transaction, no more.
 */
import type { Editor } from '@tiptap/react'
import { EditorContent, getHTMLFromFragment, useEditor } from '@tiptap/react'
import { Dropcursor, Gapcursor, Placeholder, UndoRedo } from '@tiptap/extensions'
import { TextSelection } from '@tiptap/pm/state'
import type { EditorView } from '@tiptap/pm/view'
import { memo, startTransition, useEffect, useRef, useState } from 'react'
import type { BlockDocument } from '../../../domain/block-document.js'
import { blockExtensions, fromBlockDocument, toBlockDocument } from '../../editor-schema/index.js'
import type { EditorJson } from '../../editor-schema/normalise.js'
import { uploadMedia } from './article-api'
import { figureAttrs } from './figure-attrs'
import { EmbedWithView, FigureWithView, QuoteWithView } from './node-views'
import { loadPasteWhenIdle, pasteConversion, whenPasteReady } from './paste-html'
import { Toolbar } from './Toolbar'

const viewed = new Set(['figure', 'embed', 'blockquote'])
const extensions = [
  ...blockExtensions.filter((e) => !viewed.has(e.name)),
  FigureWithView,
  EmbedWithView,
  QuoteWithView,
  UndoRedo,
  Dropcursor.configure({ color: '#1d4f91', width: 2 }),
  Gapcursor,
  Placeholder.configure({ placeholder: 'Write the story…' }),
]

const isImage = (file: File) => /^image\//.test(file.type)
const isOwnCopy = (html: string) => html.includes('data-pm-slice')

/**
 * Holds back a paste or drop of outside HTML (with no images) until the HTML-to-blocks conversion
 * has loaded, then pastes it through the usual path; true when it did.
 */
function deferUnconverted(view: EditorView, event: Event, data: DataTransfer | null): boolean {
  const html = data?.getData('text/html') ?? ''
  if (pasteConversion() !== null || html === '' || isOwnCopy(html)) return false
  if ([...(data?.files ?? [])].some(isImage)) return false
  const at =
    event instanceof DragEvent
      ? view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos
      : undefined
  event.preventDefault()
  void whenPasteReady().then(() => {
    if (view.isDestroyed) return
    if (at !== undefined)
      view.dispatch(view.state.tr.setSelection(TextSelection.near(view.state.doc.resolve(at))))
    view.pasteHTML(html)
  })
  return true
}

interface BodyEditorProps {
  doc: BlockDocument
  /** Changes when the body is replaced from outside (load, a conflict settled). */
  version: number
  onChange: (doc: BlockDocument) => void
  registerFlush: (flush: () => void) => () => void
  /** Told at the first change after a flush, so the save state never reads "Saved" meanwhile. */
  onDirty?: () => void
  onEditor?: (editor: Editor | null) => void
  /** The Attribute tool and its shortcut (Mod+Shift+9). */
  onAttribute?: (editor: Editor) => void
}

/** Memoised: the scene re-renders for the save state and the side panel, the body need not. */
export const BodyEditor = memo(function BodyEditor({
  doc,
  version,
  onChange,
  registerFlush,
  onDirty,
  onEditor,
  onAttribute,
}: BodyEditorProps) {
  const attributeRef = useRef(onAttribute)
  attributeRef.current = onAttribute
  const [uploading, setUploading] = useState<string | null>(null)
  const pending = useRef(false)
  const timer = useRef<number | undefined>(undefined)
  const changeRef = useRef(onChange)
  const onDirtyRef = useRef(onDirty)
  onDirtyRef.current = onDirty
  changeRef.current = onChange

  const uploadInto = async (editor: Editor, files: File[], pos?: number) => {
    for (const file of files.filter(isImage)) {
      setUploading(`Uploading ${file.name}…`)
      try {
        const media = await uploadMedia(file)
        const content = { type: 'figure', attrs: figureAttrs(media) }
        if (pos !== undefined) editor.chain().insertContentAt(pos, content).run()
        else editor.chain().focus().insertContent(content).run()
        setUploading(null)
      } catch {
        setUploading(
          `${file.name} could not be uploaded. Try again, or add it from the media library.`,
        )
      }
    }
  }

  const editor = useEditor({
    extensions,
    content: fromBlockDocument(doc),
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: {
        class: 'body-editor',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': 'Story body',
        spellcheck: 'true',
      },
      // Outside HTML (Word, Google Docs, web pages) goes through the importers' conversion before
      // the browser ever parses it: what ProseMirror reads is our own markup for clean blocks, so
      // pasted handlers and scripts never reach a DOM, not even a detached one.
      transformPastedHTML: (html, view) => {
        if (isOwnCopy(html)) return html
        const convert = pasteConversion()
        if (convert === null) return '' // not reached: handleDOMEvents waits for the conversion
        const node = view.state.schema.nodeFromJSON(fromBlockDocument(convert(html)))
        return getHTMLFromFragment(node.content, view.state.schema)
      },
      // Outside HTML pasted or dropped before the conversion has loaded: wait for it, then paste.
      handleKeyDown: (_view, event) => {
        const active = editorRef.current
        const isMod = event.ctrlKey || event.metaKey
        if (!isMod || !event.shiftKey || event.code !== 'Digit9' || active === null) return false
        if (attributeRef.current === undefined) return false
        event.preventDefault()
        attributeRef.current(active)
        return true
      },
      handleDOMEvents: {
        paste: (view, event) => deferUnconverted(view, event, event.clipboardData),
        drop: (view, event) => deferUnconverted(view, event, event.dataTransfer),
      },
      handlePaste: (_view, event) => {
        const files = [...(event.clipboardData?.files ?? [])].filter(isImage)
        const active = editorRef.current
        if (files.length === 0 || active === null) return false
        void uploadInto(active, files)
        return true
      },
      handleDrop: (view, event, _slice, moved) => {
        const files = [...(event.dataTransfer?.files ?? [])].filter(isImage)
        const active = editorRef.current
        if (moved || files.length === 0 || active === null) return false
        event.preventDefault()
        const at = view.posAtCoords({ left: event.clientX, top: event.clientY })
        void uploadInto(active, files, at?.pos)
        return true
      },
    },
    // Serialising a long body is the one costly step: do it when typing pauses, in idle time.
    onUpdate: () => {
      // The save state is shown above the body: its re-render must not hold up this keystroke.
      if (!pending.current) startTransition(() => onDirtyRef.current?.())
      pending.current = true
      window.clearTimeout(timer.current)
      timer.current = window.setTimeout(() => {
        if ('requestIdleCallback' in window) window.requestIdleCallback(flush, { timeout: 500 })
        else flush()
      }, 300)
    },
  })
  const editorRef = useRef<Editor | null>(editor)
  editorRef.current = editor

  function flush() {
    window.clearTimeout(timer.current)
    const active = editorRef.current
    if (!pending.current || active === null) return
    pending.current = false
    changeRef.current(toBlockDocument(active.getJSON() as EditorJson))
  }

  useEffect(() => registerFlush(flush), [registerFlush])
  useEffect(loadPasteWhenIdle, [])
  useEffect(() => {
    onEditor?.(editor)
    return () => onEditor?.(null)
  }, [editor, onEditor])

  // A body replaced from outside: load it without reporting it back as an edit.
  const shown = useRef(version)
  useEffect(() => {
    if (editor === null || shown.current === version) return
    shown.current = version
    pending.current = false
    editor.commands.setContent(fromBlockDocument(doc), { emitUpdate: false })
  }, [editor, version, doc])

  if (editor === null) return null
  return (
    <div className="body-wrap">
      <Toolbar
        editor={editor}
        onFiles={(files) => void uploadInto(editor, files)}
        onAttribute={onAttribute}
      />
      {uploading !== null && (
        <p className="upload-status" role="status">
          {uploading}
        </p>
      )}
      <EditorContent editor={editor} className="body-content" />
    </div>
  )
})
