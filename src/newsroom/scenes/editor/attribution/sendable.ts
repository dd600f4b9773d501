/**
 * Attributions and sources as a save may send them: a half-typed address, or a relay without its
 * outlet yet, is left out (the writer sees it in the form), so the rest of the story keeps saving.
 */
import type { Attribution, StorySource } from '../../../../domain/attribution.js'
import { isHttpUrl } from '../../../../domain/block-document.js'

const url = (v: string | null) => (v !== null && isHttpUrl(v) ? v : null)

export const sendableAttributions = (list: Attribution[]): Attribution[] =>
  list.map((a) => ({
    ...a,
    documentUrl: url(a.documentUrl),
    relayed:
      a.relayed === null || a.relayed.outlet.trim() === ''
        ? null
        : { ...a.relayed, url: url(a.relayed.url) },
  }))

export const sendableSources = (list: StorySource[]): StorySource[] =>
  list.filter((s) => s.title.trim() !== '').map((s) => ({ ...s, url: url(s.url) }))
