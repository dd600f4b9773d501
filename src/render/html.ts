import type { ComponentChildren, VNode } from 'preact'
import { renderToString } from 'preact-render-to-string'
import { renderDocumentFast, renderHtmlFast } from './fast/serialiser.js'

/**
 * Turns templates into HTML: with the fast paths on (the default) through our own serialiser
 * (render/fast/), off (MASTHEAD_FAST_PATHS=off) through preact-render-to-string, with the code
 * points HTML forbids then removed from the whole text. Both give the same bytes for every page
 * the site renders (`test/web/site/serialiser.test.ts`). The web app chooses once, when it is
 * built (`useFastSerialiser`); the process has one choice at a time.
 */
let fast = true

/** Chooses the serialiser: ours (`true`) or preact-render-to-string (`false`). */
export function useFastSerialiser(on: boolean): void {
  fast = on
}

/** A tree of Preact elements as HTML text. */
export function renderHtml(node: ComponentChildren): string {
  return fast ? renderHtmlFast(node) : renderHtmlPlain(node)
}

/** A whole document (`<!DOCTYPE html>` and the tree) as UTF-8 bytes, for sending. */
export function renderDocument(node: ComponentChildren): Buffer {
  return fast ? renderDocumentFast(node) : renderDocumentPlain(node)
}

/**
 * The code points HTML does not allow in a document (HTML § 13.2.2 "Preprocessing the input
 * stream"): C0 controls other than tab, line feed, form feed and carriage return, DEL, the C1
 * controls, the noncharacters U+FDD0–U+FDEF, U+FFFE and U+FFFF, and unpaired surrogates.
 */
/* eslint-disable no-control-regex -- control characters are what this removes */
const forbidden =
  /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
/* eslint-enable no-control-regex */

/** preact-render-to-string's HTML, without the code points HTML forbids. */
export function renderHtmlPlain(node: ComponentChildren): string {
  // Our templates hand the serialiser one element (a document or a fragment).
  return renderToString(node as VNode).replace(forbidden, '')
}

/** The plain path's whole document as UTF-8 bytes. */
export function renderDocumentPlain(node: ComponentChildren): Buffer {
  return Buffer.from(`<!DOCTYPE html>${renderHtmlPlain(node)}`, 'utf8')
}
