/**
 * The side panel's "Suggested attributions": what the suggester (or an import) proposes for the
 * story's quotes, each accepted into a real attribution with its quote marked, or dismissed.
 * Both act on the saved story: the writer's edits are saved first, and an accepted suggestion
 * comes back as the server's new revision, shown in the editor.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import type { BlockDocument } from '../../../../domain/block-document.js'
import { blockText } from '../../../../domain/document-text.js'
import { ApiProblem } from '../../../api/client'
import { PanelSection } from '../side-panel/PanelSection'
import type { StorySession } from '../use-story-session'
import type { Suggestion } from './attribution-api'
import {
  acceptSuggestion,
  dismissSuggestion,
  findSuggestions,
  openSuggestions,
} from './attribution-api'
import { sourcingWords } from './sourcing-words'

interface SuggestionsProps {
  session: StorySession
  setNotice: (notice: string | null) => void
}

/** “Ana Ruiz, port director · On the record · via Harbour Radio”. */
export function describeSuggestion(s: Suggestion): string {
  const who = s.speakerName ?? s.description ?? 'Unnamed source'
  return [
    s.role === null ? who : `${who}, ${s.role}`,
    sourcingWords[s.sourcing].label,
    ...(s.relayed === null ? [] : [`via ${s.relayed.outlet}`]),
  ].join(' · ')
}

/** The quoted words, or the sentence a paraphrase was found in (as the body reads now). */
function passageOf(s: Suggestion, body: BlockDocument): string | null {
  if (s.quote !== null) return s.quote
  const block = body.content[s.at.block]
  const passage = block === undefined ? '' : blockText(block).slice(s.at.start, s.at.end).trim()
  return passage === '' ? null : passage
}

export function SuggestionsSection({ session, setNotice }: SuggestionsProps) {
  const articleId = session.article?.id ?? null
  const client = useQueryClient()
  const key = ['attribution-suggestions', articleId]
  const list = useQuery({
    queryKey: key,
    queryFn: () => openSuggestions(articleId ?? ''),
    enabled: articleId !== null,
    staleTime: 30_000,
  })
  const [busy, setBusy] = useState<string | null>(null)
  if (articleId === null) return null
  const items = list.data ?? []

  /** Saves the writer's edits, then runs `act` on the saved story; reports what went wrong. */
  const run = async (what: string, act: (id: string, revision: number) => Promise<void>) => {
    setBusy(what)
    setNotice(null)
    try {
      const saved = await session.flushed()
      if (saved === null) {
        setNotice('Your edits are not saved yet; try again once the save goes through.')
        return
      }
      await act(saved.id, saved.revision)
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 409 && error.code === 'conflict')
        setNotice('The text changed since this was suggested. Press “Find attributions” again.')
      else if (error instanceof ApiProblem) session.setProblem(error)
      else setNotice('The server could not be reached. Nothing was lost; try again in a moment.')
    } finally {
      setBusy(null)
      await client.invalidateQueries({ queryKey: key })
    }
  }
  const find = () =>
    run('find', async (id) => {
      const found = await findSuggestions(id)
      client.setQueryData(key, found)
      setNotice(
        found.length === 0
          ? 'No attributions found in the text.'
          : `${found.length} suggested attribution${found.length === 1 ? '' : 's'}.`,
      )
    })
  const accept = (s: Suggestion) =>
    run(s.id, async (id, revision) => {
      await acceptSuggestion(id, s.id, revision)
      await session.reload()
      setNotice(`Attributed to ${s.speakerName ?? s.description ?? 'an unnamed source'}.`)
    })
  const dismiss = (s: Suggestion) =>
    run(s.id, async (id) => {
      await dismissSuggestion(id, s.id)
    })

  return (
    <PanelSection title={`Suggested attributions (${items.length})`} open={items.length > 0}>
      <div className="attribution-section">
        <button
          type="button"
          className="button small"
          disabled={busy !== null}
          onClick={() => void find()}
        >
          {busy === 'find' ? 'Finding attributions…' : 'Find attributions'}
        </button>
        {items.length === 0 ? (
          <p className="field-hint">
            Nothing suggested. “Find attributions” reads the saved text for quotes and who said
            them.
          </p>
        ) : (
          <ul className="attribution-list suggestion-list" aria-label="Suggested attributions">
            {items.map((s) => (
              <li key={s.id} className="suggestion">
                <p className="suggestion-quote">
                  {passageOf(s, session.fields.body) ?? `A paraphrase in block ${s.at.block + 1}`}
                </p>
                <p className="suggestion-who">{describeSuggestion(s)}</p>
                <p className="field-hint">
                  Found from “{s.trigger}”
                  {s.origin === 'import' ? ' when the story was imported' : ''}.
                </p>
                <div className="suggestion-actions">
                  <button
                    type="button"
                    className="button small"
                    disabled={busy !== null}
                    aria-label={`Accept: ${describeSuggestion(s)}`}
                    onClick={() => void accept(s)}
                  >
                    {busy === s.id ? 'Working…' : 'Accept'}
                  </button>
                  <button
                    type="button"
                    className="button small quiet"
                    disabled={busy !== null}
                    aria-label={`Dismiss: ${describeSuggestion(s)}`}
                    onClick={() => void dismiss(s)}
                  >
                    Dismiss
                  </button>
                </div>
              </li>
            ))}
          </ul>
        )}
      </div>
    </PanelSection>
  )
}
