import type { Attribution, SourceKind } from '../domain/attribution.js'
import { isHttpUrl } from '../domain/block-document.js'

/**
 * One piece of the line under an attributed quote: who said it, their role, how it is sourced,
 * where and when, and who relayed it. `href` links the piece (a document, the relaying outlet);
 * `cite` marks a work's title (an outlet).
 */
export interface AttributionPiece {
  kind: 'speaker' | 'role' | 'sourcing' | 'context' | 'relayed'
  text: string
  /** Words before the linked or cited part ("according to "). */
  lead?: string
  href?: string
  cite?: boolean
}

/** How each sourcing reads in the line (on the record needs no words). */
const sourcingWords: Record<Attribution['sourcing'], string | null> = {
  'on-record': null,
  background: 'said on background',
  anonymous: 'speaking on condition of anonymity',
  document: 'in a document',
}

/** How each kind of source reads in the article's "Sources" list. */
export const sourceKindWords: Record<SourceKind, string> = {
  wire: 'wire copy',
  outlet: 'report',
  document: 'document',
  interview: 'interview',
  other: 'source',
}

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)

/**
 * The line printed under an attributed quote, as pieces in reading order: "Dmitry Peskov,
 * Kremlin spokesman, said on background, according to Interfax"; "An unnamed member of the
 * delegation, speaking on condition of anonymity"; "In a document". `saidOn` comes formatted.
 */
export function attributionPieces(
  a: Attribution,
  formatDay: (day: string) => string,
): AttributionPiece[] {
  const pieces: AttributionPiece[] = []
  const who =
    a.speaker?.name ??
    ((a.sourcing === 'background' || a.sourcing === 'anonymous') && a.description !== null
      ? capitalised(a.description)
      : null)
  if (who !== null) pieces.push({ kind: 'speaker', text: who })
  if (who !== null && a.role !== null) pieces.push({ kind: 'role', text: a.role })
  const sourcing = sourcingWords[a.sourcing]
  if (sourcing !== null) {
    const href =
      a.sourcing === 'document' && a.documentUrl !== null && isHttpUrl(a.documentUrl)
        ? a.documentUrl
        : undefined
    pieces.push({ kind: 'sourcing', text: sourcing, ...(href !== undefined ? { href } : {}) })
  }
  if (a.event !== null) pieces.push({ kind: 'context', text: `at ${a.event}` })
  if (a.saidOn !== null) pieces.push({ kind: 'context', text: `on ${formatDay(a.saidOn)}` })
  if (a.relayed !== null) {
    const url = a.relayed.url
    pieces.push({
      kind: 'relayed',
      lead: 'according to ',
      text: a.relayed.outlet,
      cite: true,
      ...(url !== null && isHttpUrl(url) ? { href: url } : {}),
    })
  }
  // A line that names no one opens with its first phrase, capitalised ("According to …").
  const first = pieces[0]
  if (first !== undefined && first.kind !== 'speaker') {
    if (first.lead !== undefined) first.lead = capitalised(first.lead)
    else first.text = capitalised(first.text)
  }
  return pieces
}

/** The address a quote can cite: the document it comes from, or the outlet that relayed it. */
export function quoteCite(a: Attribution): string | null {
  if (a.sourcing === 'document' && a.documentUrl !== null && isHttpUrl(a.documentUrl))
    return a.documentUrl
  if (a.relayed?.url != null && isHttpUrl(a.relayed.url)) return a.relayed.url
  return null
}
