/**
 * The body's toolbar: the button groups of toolbar/tools.ts (block types, text, lists and quotes,
 * insert, history), each button named in words with its shortcut in its tooltip, plus the forms
 * for links and embeds and the media picker. Pressed states come from one useEditorState
 * selector, so a keystroke re-renders the toolbar only when one of them changes.
 */
import type { Editor } from '@tiptap/react'
import { useEditorState } from '@tiptap/react'
import { lazy, Suspense, useId, useState } from 'react'
import { attributionAtSelection } from './attribution/quote-positions'
import { figureAttrs } from './figure-attrs'
import { MediaPicker } from './MediaPicker'
import { LinkForm } from './toolbar/LinkForm'
import { ToolGroup } from './toolbar/ToolGroup'
import type { ToolAction, ToolbarState } from './toolbar/tools'
import { toolGroups } from './toolbar/tools'

const EmbedForm = lazy(() => import('./toolbar/EmbedForm'))

const selectState = ({ editor: e }: { editor: Editor }): ToolbarState => ({
  paragraph: e.isActive('paragraph'),
  h2: e.isActive('heading', { level: 2 }),
  h3: e.isActive('heading', { level: 3 }),
  h4: e.isActive('heading', { level: 4 }),
  bold: e.isActive('bold'),
  italic: e.isActive('italic'),
  code: e.isActive('code'),
  link: e.isActive('link'),
  bullet: e.isActive('bulletList'),
  ordered: e.isActive('orderedList'),
  quote: e.isActive('blockquote'),
  attributed: attributionAtSelection(e) !== null,
})

type Panel = 'link' | 'embed' | null

export function Toolbar({
  editor,
  onFiles,
  onAttribute,
}: {
  editor: Editor
  onFiles: (files: File[]) => void
  onAttribute?: ((editor: Editor) => void) | undefined
}) {
  const [panel, setPanel] = useState<Panel>(null)
  const [pickerOpen, setPickerOpen] = useState(false)
  const uploadId = useId()
  const state = useEditorState({ editor, selector: selectState })
  const onAction = (action: ToolAction) => {
    if (action === 'photo') setPickerOpen(true)
    else if (action === 'attribute') onAttribute?.(editor)
    else setPanel(panel === action ? null : action)
  }
  const done = () => setPanel(null)

  return (
    <div className="toolbar-wrap">
      <div className="toolbar" role="toolbar" aria-label="Formatting">
        {toolGroups.map((group) => (
          <ToolGroup
            key={group.label}
            group={group}
            editor={editor}
            state={state}
            onAction={onAction}
          >
            {group.label === 'Photos' && (
              <>
                <label
                  className="tool"
                  htmlFor={uploadId}
                  title="Upload a photo from this computer"
                >
                  Upload
                </label>
                <input
                  id={uploadId}
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
              </>
            )}
          </ToolGroup>
        ))}
      </div>
      {panel === 'link' && <LinkForm editor={editor} onDone={done} />}
      {panel === 'embed' && (
        <Suspense fallback={<p className="inline-form muted">Loading the embed form…</p>}>
          <EmbedForm editor={editor} onDone={done} />
        </Suspense>
      )}
      <MediaPicker
        isOpen={pickerOpen}
        onOpenChange={setPickerOpen}
        onPick={(media) => {
          setPickerOpen(false)
          editor
            .chain()
            .focus()
            .insertContent({ type: 'figure', attrs: figureAttrs(media) })
            .run()
        }}
      />
    </div>
  )
}
