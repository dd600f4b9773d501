import type { Sourcing } from '../../../../domain/attribution.js'

/** Each sourcing as the newsroom app names and explains it. */
export const sourcingWords: Record<Sourcing, { label: string; explain: string }> = {
  'on-record': { label: 'On the record', explain: 'Named, and said for publication.' },
  background: {
    label: 'Background',
    explain: 'Usable, but the source is described, not named (an editor signs off).',
  },
  anonymous: {
    label: 'Anonymous',
    explain:
      'The source is not named at all; the story prints a description (an editor signs off).',
  },
  document: { label: 'Document', explain: 'From a document, filing or record, not a person.' },
}
