/**
 * The inline marks of our block document (src/domain/block-document.ts) as Tiptap marks: bold,
 * italic, code, link and quote, nothing else. Attribute sets match the domain's exactly, so the
 * editor's JSON is our JSON once empty attributes are dropped (see normalise.ts).
 */
import { Mark, markInputRule, mergeAttributes } from '@tiptap/core'
import { isSafeHref } from '../../domain/block-document.js'

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    link: {
      /** Sets a link on the selection; unsafe hrefs (javascript:, data:) are refused. */
      setLink: (attrs: { href: string }) => ReturnType
      unsetLink: () => ReturnType
    }
  }
}

export const Bold = Mark.create({
  name: 'bold',
  parseHTML: () => [{ tag: 'strong' }, { tag: 'b' }],
  renderHTML: ({ HTMLAttributes }) => ['strong', HTMLAttributes, 0],
  addKeyboardShortcuts() {
    return { 'Mod-b': () => this.editor.commands.toggleMark(this.name) }
  },
  addInputRules() {
    return [
      markInputRule({
        find: /(?:^|\s)(\*\*(?!\s+\*\*)((?:[^*]+))\*\*(?!\s+\*\*))$/,
        type: this.type,
      }),
    ]
  },
})

export const Italic = Mark.create({
  name: 'italic',
  parseHTML: () => [{ tag: 'em' }, { tag: 'i' }],
  renderHTML: ({ HTMLAttributes }) => ['em', HTMLAttributes, 0],
  addKeyboardShortcuts() {
    return { 'Mod-i': () => this.editor.commands.toggleMark(this.name) }
  },
  addInputRules() {
    return [markInputRule({ find: /(?:^|\s)(_(?!\s+_)((?:[^_]+))_(?!\s+_))$/, type: this.type })]
  },
})

// Our schema lets code combine with bold and italic, so unlike Tiptap's Code it excludes nothing.
export const Code = Mark.create({
  name: 'code',
  code: true,
  parseHTML: () => [{ tag: 'code' }],
  renderHTML: ({ HTMLAttributes }) => ['code', HTMLAttributes, 0],
  addKeyboardShortcuts() {
    return { 'Mod-e': () => this.editor.commands.toggleMark(this.name) }
  },
  addInputRules() {
    return [markInputRule({ find: /(?:^|\s)(`(?!\s+`)((?:[^`]+))`(?!\s+`))$/, type: this.type })]
  },
})

export const Link = Mark.create({
  name: 'link',
  inclusive: false,
  addAttributes: () => ({
    href: { default: null },
    title: { default: null },
  }),
  parseHTML: () => [
    {
      tag: 'a[href]',
      getAttrs: (el) => (isSafeHref(el.getAttribute('href') ?? '') ? null : false),
    },
  ],
  // The editor never follows links, and rel guards any middle-click that does.
  renderHTML: ({ HTMLAttributes }) => {
    const href = typeof HTMLAttributes.href === 'string' ? HTMLAttributes.href : ''
    return [
      'a',
      mergeAttributes(HTMLAttributes, {
        href: isSafeHref(href) ? href : null,
        rel: 'noopener noreferrer nofollow',
      }),
      0,
    ]
  },
  addCommands() {
    return {
      setLink:
        (attrs) =>
        ({ commands }) =>
          isSafeHref(attrs.href) && commands.setMark(this.name, { href: attrs.href }),
      unsetLink:
        () =>
        ({ commands }) =>
          commands.unsetMark(this.name, { extendEmptyMarkRange: true }),
    }
  },
})

/**
 * A quoted span in a paragraph, with the id of its attribution in the story (docs/attribution.md).
 * Kept last in the schema, as the domain's mark order has it.
 */
export const Quote = Mark.create({
  name: 'quote',
  inclusive: false,
  addAttributes: () => ({
    attribution: {
      default: null,
      parseHTML: (el: HTMLElement) => el.getAttribute('data-attribution'),
      renderHTML: (attrs: Record<string, unknown>) =>
        typeof attrs.attribution === 'string' ? { 'data-attribution': attrs.attribution } : {},
    },
  }),
  parseHTML: () => [{ tag: 'q' }],
  renderHTML: ({ HTMLAttributes }) => ['q', HTMLAttributes, 0],
})
