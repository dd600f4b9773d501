/**
 * The toolbar's buttons as data, in their groups: what each is called (its visible text is its
 * accessible name), its shortcut, when it shows as pressed and what it does. ToolGroup renders
 * any group, so every button has the same markup.
 */
import type { Editor } from '@tiptap/react'
import type { Shortcut } from './shortcuts'
import { keys } from './shortcuts'

/** The selection's state the buttons show as pressed (read in Toolbar.tsx through useEditorState). */
export interface ToolbarState {
  paragraph: boolean
  h2: boolean
  h3: boolean
  h4: boolean
  bold: boolean
  italic: boolean
  code: boolean
  link: boolean
  bullet: boolean
  ordered: boolean
  quote: boolean
  /** The cursor is in a quote mark or an attributed blockquote. */
  attributed: boolean
}

/** What a button may ask of the toolbar besides an editor command. */
export type ToolAction = 'link' | 'embed' | 'photo' | 'attribute'

export interface Tool {
  label: string
  /** Shown instead of a long label; the label, which starts with it, is the accessible name. */
  text?: string
  shortcut?: Shortcut
  /** A CSS class for the visible text (bold shows in bold, italic in italics). */
  look?: 'bold' | 'italic' | 'code'
  pressed?: keyof ToolbarState
  run: ((editor: Editor) => void) | ToolAction
}

export interface ToolGroupSpec {
  label: string
  tools: Tool[]
}

/** Also handled by the body editor itself (BodyEditor.tsx), and listed in the shortcuts help. */
export const attributeShortcut = keys('Mod', 'Shift', '9')

const focus = (editor: Editor) => editor.chain().focus()
const heading = (level: 2 | 3 | 4): Tool => ({
  label: `Heading ${level}`,
  shortcut: keys('Mod', 'Alt', String(level)),
  pressed: `h${level}`,
  run: (e) => focus(e).toggleNode('heading', 'paragraph', { level }).run(),
})

export const toolGroups: ToolGroupSpec[] = [
  {
    label: 'Block type',
    tools: [
      {
        label: 'Paragraph',
        shortcut: keys('Mod', 'Alt', '0'),
        pressed: 'paragraph',
        run: (e) => focus(e).setNode('paragraph').run(),
      },
      heading(2),
      heading(3),
      heading(4),
    ],
  },
  {
    label: 'Text',
    tools: [
      {
        label: 'Bold',
        look: 'bold',
        shortcut: keys('Mod', 'B'),
        pressed: 'bold',
        run: (e) => focus(e).toggleMark('bold').run(),
      },
      {
        label: 'Italic',
        look: 'italic',
        shortcut: keys('Mod', 'I'),
        pressed: 'italic',
        run: (e) => focus(e).toggleMark('italic').run(),
      },
      {
        label: 'Code',
        look: 'code',
        shortcut: keys('Mod', 'E'),
        pressed: 'code',
        run: (e) => focus(e).toggleMark('code').run(),
      },
      { label: 'Link', shortcut: keys('Mod', 'K'), pressed: 'link', run: 'link' },
    ],
  },
  {
    label: 'Lists and quotes',
    tools: [
      {
        label: 'Bulleted list',
        shortcut: keys('Mod', 'Shift', '8'),
        pressed: 'bullet',
        run: (e) => focus(e).toggleList('bulletList', 'listItem').run(),
      },
      {
        label: 'Numbered list',
        shortcut: keys('Mod', 'Shift', '7'),
        pressed: 'ordered',
        run: (e) => focus(e).toggleList('orderedList', 'listItem').run(),
      },
      {
        label: 'Quote',
        shortcut: keys('Mod', 'Shift', 'B'),
        pressed: 'quote',
        run: (e) => focus(e).toggleWrap('blockquote').run(),
      },
      {
        label: 'Attribute: say who said the selected words',
        text: 'Attribute',
        shortcut: attributeShortcut,
        pressed: 'attributed',
        run: 'attribute',
      },
    ],
  },
  { label: 'Photos', tools: [{ label: 'Photo from the library', text: 'Photo', run: 'photo' }] },
  {
    label: 'Insert',
    tools: [
      { label: 'Embed a video, audio, map, chart or post', text: 'Embed', run: 'embed' },
      {
        label: 'Divider (horizontal rule)',
        text: 'Divider',
        run: (e) => focus(e).insertRule().run(),
      },
      {
        label: 'Line break',
        shortcut: keys('Shift', 'Enter'),
        run: (e) => focus(e).insertHardBreak().run(),
      },
    ],
  },
  {
    label: 'History',
    tools: [
      { label: 'Undo', shortcut: keys('Mod', 'Z'), run: (e) => focus(e).undo().run() },
      { label: 'Redo', shortcut: keys('Mod', 'Shift', 'Z'), run: (e) => focus(e).redo().run() },
    ],
  },
]
