/**
 * The block nodes of our block document as Tiptap nodes. Node names, content expressions and
 * attributes follow src/domain/block-document.ts one to one: nothing Tiptap's StarterKit would add
 * (codeBlock, strike, underline, textAlign, list `type`) exists here, so it can never reach a save.
 */
import {
  Node,
  mergeAttributes,
  nodeInputRule,
  textblockTypeInputRule,
  wrappingInputRule,
} from '@tiptap/core'
import { isHttpUrl } from '../../domain/block-document.js'

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    blocks: {
      setFigure: (attrs: FigureNodeAttrs) => ReturnType
      setEmbed: (attrs: { url: string; provider?: string }) => ReturnType
      setQuote: () => ReturnType
      insertHardBreak: () => ReturnType
      insertRule: () => ReturnType
    }
  }
}

export interface FigureNodeAttrs {
  mediaId?: string | null
  src?: string | null
  alt?: string | null
  caption?: string | null
  credit?: string | null
}

/**
 * Attributes that default to null (dropped from the JSON when empty), kept in data-* attributes
 * so a copy and paste inside the editor carries them.
 */
const optional = (...names: string[]) =>
  Object.fromEntries(
    names.map((name) => {
      const html = `data-${name.toLowerCase()}`
      return [
        name,
        {
          default: null,
          parseHTML: (el: { getAttribute: (n: string) => string | null }) => el.getAttribute(html),
          renderHTML: (attrs: Record<string, unknown>) =>
            typeof attrs[name] === 'string' ? { [html]: attrs[name] } : {},
        },
      ]
    }),
  )

// Inline content and block content shared by the nodes below.
const inner = '(paragraph | bulletList | orderedList)+'

export const Doc = Node.create({ name: 'doc', topNode: true, content: 'block+' })

export const Text = Node.create({ name: 'text', group: 'inline' })

export const Paragraph = Node.create({
  name: 'paragraph',
  group: 'block',
  content: 'inline*',
  priority: 1000,
  parseHTML: () => [{ tag: 'p' }],
  renderHTML: ({ HTMLAttributes }) => ['p', HTMLAttributes, 0],
  addKeyboardShortcuts() {
    return { 'Mod-Alt-0': () => this.editor.commands.setNode(this.name) }
  },
})

export const Heading = Node.create({
  name: 'heading',
  group: 'block',
  content: 'inline*',
  defining: true,
  addAttributes: () => ({ level: { default: 2, rendered: false } }),
  parseHTML: () => [2, 3, 4].map((level) => ({ tag: `h${level}`, attrs: { level } })),
  renderHTML: ({ node, HTMLAttributes }) => [`h${String(node.attrs.level)}`, HTMLAttributes, 0],
  addKeyboardShortcuts() {
    return Object.fromEntries(
      [2, 3, 4].map((level) => [
        `Mod-Alt-${level}`,
        () => this.editor.commands.toggleNode(this.name, 'paragraph', { level }),
      ]),
    )
  },
  addInputRules() {
    return [2, 3, 4].map((level) =>
      textblockTypeInputRule({
        find: new RegExp(`^(#{${level}})\\s$`),
        type: this.type,
        getAttributes: { level },
      }),
    )
  },
})

export const Blockquote = Node.create({
  name: 'blockquote',
  group: 'block',
  content: inner,
  defining: true,
  addAttributes: () => optional('speaker', 'role', 'source', 'sourceUrl', 'attribution'),
  parseHTML: () => [{ tag: 'blockquote' }],
  renderHTML: ({ HTMLAttributes }) => ['blockquote', HTMLAttributes, 0],
  addCommands() {
    return {
      setQuote:
        () =>
        ({ commands }) =>
          commands.toggleWrap(this.name),
    }
  },
  addKeyboardShortcuts() {
    return { 'Mod-Shift-b': () => this.editor.commands.toggleWrap(this.name) }
  },
  addInputRules() {
    return [wrappingInputRule({ find: /^\s*>\s$/, type: this.type })]
  },
})

export const ListItem = Node.create({
  name: 'listItem',
  content: inner,
  defining: true,
  parseHTML: () => [{ tag: 'li' }],
  renderHTML: ({ HTMLAttributes }) => ['li', HTMLAttributes, 0],
  addKeyboardShortcuts() {
    return {
      Enter: () => this.editor.commands.splitListItem(this.name),
      Tab: () => this.editor.commands.sinkListItem(this.name),
      'Shift-Tab': () => this.editor.commands.liftListItem(this.name),
    }
  },
})

export const BulletList = Node.create({
  name: 'bulletList',
  group: 'block',
  content: 'listItem+',
  parseHTML: () => [{ tag: 'ul' }],
  renderHTML: ({ HTMLAttributes }) => ['ul', HTMLAttributes, 0],
  addKeyboardShortcuts() {
    return {
      'Mod-Shift-8': () => this.editor.commands.toggleList(this.name, 'listItem'),
    }
  },
  addInputRules() {
    return [wrappingInputRule({ find: /^\s*([-+*])\s$/, type: this.type })]
  },
})

export const OrderedList = Node.create({
  name: 'orderedList',
  group: 'block',
  content: 'listItem+',
  addAttributes: () => ({
    start: {
      default: 1,
      parseHTML: (el) => Number.parseInt(el.getAttribute('start') ?? '1', 10) || 1,
    },
  }),
  parseHTML: () => [{ tag: 'ol' }],
  renderHTML: ({ node, HTMLAttributes }) => [
    'ol',
    mergeAttributes(HTMLAttributes, {
      start: node.attrs.start === 1 ? null : (node.attrs.start as number),
    }),
    0,
  ],
  addKeyboardShortcuts() {
    return {
      'Mod-Shift-7': () => this.editor.commands.toggleList(this.name, 'listItem'),
    }
  },
  addInputRules() {
    return [
      wrappingInputRule({
        find: /^(\d+)\.\s$/,
        type: this.type,
        getAttributes: (match) => ({ start: Number(match[1]) }),
        joinPredicate: (match, node) =>
          node.childCount + Number(node.attrs.start) === Number(match[1]),
      }),
    ]
  },
})

export const HorizontalRule = Node.create({
  name: 'horizontalRule',
  group: 'block',
  parseHTML: () => [{ tag: 'hr' }],
  renderHTML: ({ HTMLAttributes }) => ['hr', HTMLAttributes],
  addCommands() {
    return {
      insertRule:
        () =>
        ({ commands }) =>
          commands.insertContent({ type: this.name }),
    }
  },
  addInputRules() {
    return [nodeInputRule({ find: /^(?:---|—-|___\s|\*\*\*\s)$/, type: this.type })]
  },
})

export const HardBreak = Node.create({
  name: 'hardBreak',
  group: 'inline',
  inline: true,
  selectable: false,
  linebreakReplacement: true,
  parseHTML: () => [{ tag: 'br' }],
  renderHTML: ({ HTMLAttributes }) => ['br', HTMLAttributes],
  renderText: () => '\n',
  addCommands() {
    return {
      insertHardBreak:
        () =>
        ({ commands }) =>
          commands.insertContent({ type: this.name }),
    }
  },
  addKeyboardShortcuts() {
    return {
      'Shift-Enter': () => this.editor.commands.insertHardBreak(),
      'Mod-Enter': () => this.editor.commands.insertHardBreak(),
    }
  },
})

/** A photo: from the media library (mediaId) or an outside address (src), with its words. */
export const Figure = Node.create({
  name: 'figure',
  group: 'block',
  atom: true,
  draggable: true,
  addAttributes: () => optional('mediaId', 'src', 'alt', 'caption', 'credit'),
  parseHTML: () => [{ tag: 'figure[data-figure]' }],
  renderHTML: ({ node, HTMLAttributes }) => {
    const src =
      typeof node.attrs.src === 'string' && isHttpUrl(node.attrs.src) ? node.attrs.src : null
    return [
      'figure',
      mergeAttributes(HTMLAttributes, { 'data-figure': '' }),
      ['img', { src, alt: typeof node.attrs.alt === 'string' ? node.attrs.alt : '' }],
      ['figcaption', {}, [node.attrs.caption, node.attrs.credit].filter(Boolean).join(' — ')],
    ]
  },
  addCommands() {
    return {
      setFigure:
        (attrs) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs }),
    }
  },
})

/** A player from the allow-list (src/render/embeds.ts); anything else renders as a link. */
export const Embed = Node.create({
  name: 'embed',
  group: 'block',
  atom: true,
  draggable: true,
  addAttributes: () => optional('url', 'provider'),
  parseHTML: () => [{ tag: 'div[data-embed]' }],
  renderHTML: ({ node, HTMLAttributes }) => [
    'div',
    mergeAttributes(HTMLAttributes, { 'data-embed': '' }),
    String(node.attrs.url ?? ''),
  ],
  addCommands() {
    return {
      setEmbed:
        (attrs) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs }),
    }
  },
})
