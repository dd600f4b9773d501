import type { ComponentChildren, JSX } from 'preact'
import type { Attribution } from '../domain/attribution.js'
import type { Inline } from '../domain/block-document.js'
import { isSafeHref } from '../domain/block-document.js'
import { quoteCite } from './attribution-words.js'

/** The `rel` of a link to another site: `noopener`, and `sponsored` in paid content. */
export type OutboundRel = 'noopener' | 'sponsored noopener'

/** What quotes and links need while rendering: the outbound `rel` and the attributions by id. */
export interface Inlines {
  rel: OutboundRel
  attributions: ReadonlyMap<string, Attribution>
  formatDay: (day: string) => string
}

/**
 * A link target as written in the page: only hrefs the domain considers safe, with the
 * characters URLs may not hold literally (quotes, angle brackets, spaces…) percent-encoded.
 */
export function hrefOf(href: string): string | null {
  if (!isSafeHref(href)) return null
  return notInUrl.test(href) ? href.replace(notInUrlAll, (c) => encodeURIComponent(c)) : href
}

const notInUrl = /["<>\\^`{|}\s]/
const notInUrlAll = new RegExp(notInUrl.source, 'g')

/** Inline text with its marks; links keep only hrefs the domain considers safe. */
export function inlines(content: Inline[] | undefined, rel: Inlines): ComponentChildren {
  // Each text as a span with its marks; a quote mark wraps a run of texts that carry it with the
  // same attribution in one <q>, however many texts (other marks) it is split over.
  const runs: { quote: string | null; items: JSX.Element[] }[] = []
  ;(content ?? []).forEach((node, i) => {
    if (node.type === 'hardBreak') {
      runs.push({ quote: null, items: [<br key={i} />] })
      return
    }
    let out: ComponentChildren = node.text
    let quote: string | null = null
    for (const mark of node.marks ?? []) {
      if (mark.type === 'bold') out = <strong>{out}</strong>
      else if (mark.type === 'italic') out = <em>{out}</em>
      else if (mark.type === 'code') out = <code>{out}</code>
      else if (mark.type === 'quote') quote = mark.attrs?.attribution ?? ''
      else if (mark.type === 'link') {
        const href = hrefOf(mark.attrs.href)
        if (href === null) continue
        const external = /^https?:/i.test(mark.attrs.href)
        out = (
          <a href={href} title={mark.attrs.title} rel={external ? rel.rel : undefined}>
            {out}
          </a>
        )
      }
    }
    const span = <span key={i}>{out}</span>
    const last = runs[runs.length - 1]
    if (quote !== null && last !== undefined && last.quote === quote) last.items.push(span)
    else runs.push({ quote, items: [span] })
  })
  return runs.map((run, i) => {
    if (run.quote === null) return run.items
    const attribution = run.quote !== '' ? rel.attributions.get(run.quote) : undefined
    const cite = attribution !== undefined ? quoteCite(attribution) : null
    return (
      <q key={`q${i}`} cite={cite ?? undefined}>
        {run.items}
      </q>
    )
  })
}
