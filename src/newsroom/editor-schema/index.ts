/**
 * The Tiptap extensions whose JSON is exactly our block document. `blockExtensions` is the schema
 * alone (no DOM needed: `getSchema(blockExtensions)` runs in Node for the round-trip test); the
 * editor adds history, cursors and node views on top.
 */
import type { AnyExtension } from '@tiptap/core'
import { Bold, Code, Italic, Link, Quote } from './marks.js'
import {
  Blockquote,
  BulletList,
  Doc,
  Embed,
  Figure,
  HardBreak,
  Heading,
  HorizontalRule,
  ListItem,
  OrderedList,
  Paragraph,
  Text,
} from './nodes.js'

export { fromBlockDocument, toBlockDocument } from './normalise.js'
export * from './marks.js'
export * from './nodes.js'

export const blockExtensions: AnyExtension[] = [
  Doc,
  Text,
  Paragraph,
  Heading,
  Blockquote,
  BulletList,
  OrderedList,
  ListItem,
  HorizontalRule,
  HardBreak,
  Figure,
  Embed,
  Link,
  Bold,
  Italic,
  Code,
  Quote,
]
