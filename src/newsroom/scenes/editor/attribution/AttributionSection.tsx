/**
 * The side panel's "Attribution" section: the form of the quote the cursor is in, the summary
 * (computed here from the body and the attributions as the writer types), the quotes that still
 * lack a speaker (each a link to it), the sign-offs unnamed sources need, and the story's sources.
 */
import { lazy, Suspense } from 'react'
import type { Attribution, StorySource } from '../../../../domain/attribution.js'
import {
  describeAttribution,
  quotesIn,
  summarizeAttribution,
  unsignedAttributions,
} from '../../../../domain/attribution.js'
import type { ApiProblem } from '../../../api/client'
import type { StoryFields } from '../fields'
import { PanelSection } from '../side-panel/PanelSection'
import { SourcesList } from './SourcesList'

const AttributionForm = lazy(() => import('./AttributionForm'))

export interface AttributionSectionProps {
  fields: StoryFields
  /** The attribution the cursor is in, if any. */
  current: string | null
  problem: ApiProblem | null
  set: <K extends keyof StoryFields>(key: K, value: StoryFields[K]) => void
  /** Moves the cursor to the n-th quote of the body. */
  goToQuote: (index: number) => void
  /** Takes the attribution off the quote the cursor is in (attribution/quote-positions.ts). */
  onRemove: (id: string) => void
  /** Null when the signed-in person may not sign off. */
  onSignOff: ((a: Attribution) => void) | null
  signing: string | null
}

const percent = (share: number) => `${Math.round(share * 100)}%`

export function AttributionSection(props: AttributionSectionProps) {
  const { fields, current, problem } = props
  const summary = summarizeAttribution(fields.body, fields.attributions)
  const byId = new Map(fields.attributions.map((a) => [a.id, a]))
  const quotes = quotesIn(fields.body)
  const unnamed = quotes
    .map((q, index) => ({
      q,
      index,
      a: q.attribution === null ? undefined : byId.get(q.attribution),
    }))
    .filter(
      ({ a }) =>
        a === undefined ||
        (a.speaker === null &&
          a.sourcing !== 'document' &&
          !(
            (a.sourcing === 'background' || a.sourcing === 'anonymous') &&
            (a.description ?? '').trim() !== ''
          )),
    )
  const unsigned = unsignedAttributions(fields.body, fields.attributions)
  const editing = current === null ? undefined : byId.get(current)
  const index = editing === undefined ? -1 : fields.attributions.indexOf(editing)
  const formError = problem?.errors.find(
    (e) =>
      index >= 0 &&
      (e.field === `attributions[${index}]` || e.field.startsWith(`attributions.${index}`)),
  )?.message
  const update = (next: Attribution) =>
    props.set(
      'attributions',
      fields.attributions.map((a) => (a.id === next.id ? next : a)),
    )
  const setSources = (sources: StorySource[]) => {
    const ids = new Set(sources.map((s) => s.id))
    props.set('sources', sources)
    // An attribution may only rest on sources the story lists.
    if (fields.attributions.some((a) => a.sourceIds.some((id) => !ids.has(id))))
      props.set(
        'attributions',
        fields.attributions.map((a) => ({
          ...a,
          sourceIds: a.sourceIds.filter((id) => ids.has(id)),
        })),
      )
  }
  return (
    <PanelSection title="Attribution">
      <div className="attribution-section">
        {editing !== undefined ? (
          <section aria-labelledby="attribution-form-title" className="attribution-current">
            <h3 id="attribution-form-title" tabIndex={-1}>
              This quote
            </h3>
            <Suspense fallback={<p className="chips-empty">Loading the attribution form…</p>}>
              <AttributionForm
                key={editing.id}
                attribution={editing}
                sources={fields.sources}
                onChange={update}
                onRemove={() => props.onRemove(editing.id)}
                error={formError}
              />
            </Suspense>
          </section>
        ) : (
          <p className="field-hint">
            Select quoted words (or put the cursor in a blockquote) and press Attribute to say who
            said it.
          </p>
        )}
        <h3>Summary</h3>
        <dl className="attribution-summary" aria-label="Attribution summary">
          <dt>Quotes</dt>
          <dd>{summary.quotes}</dd>
          <dt>On the record</dt>
          <dd>{summary.onRecord}</dd>
          <dt>Background</dt>
          <dd>{summary.background}</dd>
          <dt>Anonymous</dt>
          <dd>{summary.anonymous}</dd>
          <dt>Document</dt>
          <dd>{summary.document}</dd>
          <dt>Relayed from another outlet</dt>
          <dd>{summary.relayed}</dd>
          <dt>Without a speaker</dt>
          <dd>{summary.withoutSpeaker}</dd>
          <dt>Resting on unnamed or relayed sourcing</dt>
          <dd>{percent(summary.anonymousOrRelayedShare)}</dd>
        </dl>
        {unnamed.length > 0 && (
          <>
            <h3>Quotes without a speaker</h3>
            <ul className="attribution-list">
              {unnamed.map(({ index: n, q }) => (
                <li key={`${n}`}>
                  <button type="button" className="link-button" onClick={() => props.goToQuote(n)}>
                    {q.kind === 'blockquote' ? 'Blockquote' : 'Quote'} in block {q.block + 1}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
        {unsigned.length > 0 && (
          <>
            <h3>Sign-off needed</h3>
            <ul className="attribution-list">
              {unsigned.map((a) => (
                <li key={a.id}>
                  {props.onSignOff !== null ? (
                    <button
                      type="button"
                      className="button small"
                      disabled={props.signing !== null}
                      onClick={() => props.onSignOff?.(a)}
                    >
                      {props.signing === a.id ? 'Signing off…' : 'Sign off'} on “
                      {describeAttribution(a)}”
                    </button>
                  ) : (
                    <span>
                      An editor must sign off on the unnamed source “{describeAttribution(a)}”
                      before the story is published.
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
        {fields.attributions
          .filter((a) => a.signOff !== null)
          .map((a) => (
            <p key={a.id} className="field-hint">
              “{describeAttribution(a)}”: signed off by {a.signOff?.name}.
            </p>
          ))}
        <SourcesList sources={fields.sources} onChange={setSources} />
      </div>
    </PanelSection>
  )
}
