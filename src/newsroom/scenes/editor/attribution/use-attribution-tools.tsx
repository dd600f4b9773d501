import type { Editor } from '@tiptap/react'
import type { ReactNode } from 'react'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { ApiProblem } from '../../../api/client'
import type { Attribution } from '../../../../domain/attribution.js'
import { describeAttribution } from '../../../../domain/attribution.js'
import type { StoryFields } from '../fields'
import type { StorySession } from '../use-story-session'
import { signOff } from './attribution-api'
import { AttributionSection } from './AttributionSection'
import { SuggestionsSection } from './SuggestionsSection'
import {
  attributionAtSelection,
  blankAttribution,
  markQuote,
  newAttributionId,
  quotePositions,
  unmarkQuote,
} from './quote-positions'

interface AttributionToolsProps {
  /** The story being edited. */
  session: StorySession
  /** Sets one story field (the side panel's setter). */
  set: <K extends keyof StoryFields>(key: K, value: StoryFields[K]) => void
  /** Shows a line of news under the workflow bar. */
  setNotice: (notice: string | null) => void
  /** Whether this person may sign off on unnamed sources (editors). */
  canSignOff: boolean
}

/**
 * The editor's attribution tools: follows the quote under the cursor, the Attribute tool, the
 * Remove attribution undo, sign-off, and the side panel's attribution section.
 */
export function useAttributionTools({
  session,
  set,
  setNotice,
  canSignOff,
}: AttributionToolsProps): {
  setEditor: (editor: Editor | null) => void
  onAttribute: (editor: Editor) => void
  panel: ReactNode
} {
  const { fields, problem, setFields } = session
  const [editor, setEditor] = useState<Editor | null>(null)
  const [current, setCurrent] = useState<string | null>(null)
  const [signing, setSigning] = useState<string | null>(null)
  // Attributions taken off with "Remove attribution", for Ctrl+Z to bring back with their quote.
  const removed = useRef(new Map<string, Attribution>())
  useEffect(() => {
    if (editor === null) return
    const follow = () => {
      const id = attributionAtSelection(editor)
      const back = id === null ? undefined : removed.current.get(id)
      if (back !== undefined && !session.latest().attributions.some((a) => a.id === id)) {
        removed.current.delete(back.id)
        setFields((f) => ({ ...f, attributions: [...f.attributions, back] }))
      }
      setCurrent(id)
    }
    editor.on('transaction', follow)
    return () => void editor.off('transaction', follow)
  }, [editor, session, setFields])
  const removeAttribution = useCallback(
    (id: string) => {
      if (editor === null || unmarkQuote(editor, id)) return
      // The body goes first: a story may not name an attribution it does not have.
      const { attributions } = session.latest()
      const gone = attributions.find((a) => a.id === id)
      if (gone !== undefined) removed.current.set(id, gone)
      setFields((f) => ({ ...f, attributions: f.attributions.filter((a) => a.id !== id) }))
    },
    [editor, session, setFields],
  )
  // The Attribute tool: mark the quote and open its form with the focus in the speaker search.
  const onAttribute = useCallback(
    (ed: Editor) => {
      const attributions = session.latest().attributions
      const existing = attributionAtSelection(ed)
      const id =
        existing !== null && attributions.some((a) => a.id === existing)
          ? existing
          : newAttributionId(attributions)
      if (id !== existing) {
        if (!markQuote(ed, id)) {
          setNotice('Select the quoted words first, or put the cursor in a blockquote.')
          return
        }
        setFields((f) => ({ ...f, attributions: [...f.attributions, blankAttribution(id)] }))
      }
      setCurrent(id)
      focusAttributionForm()
    },
    [session, setFields],
  )
  const goToQuote = useCallback(
    (index: number) => {
      const at = editor === null ? undefined : quotePositions(editor.state.doc)[index]
      if (editor === null || at === undefined) return
      editor.chain().focus().setTextSelection(at.pos).scrollIntoView().run()
    },
    [editor],
  )
  const onSignOff = useCallback(
    async (a: Attribution) => {
      setSigning(a.id)
      setNotice(null)
      try {
        const saved = await session.flushed()
        if (saved === null) {
          setNotice('Your edits are not saved yet, so the sign-off waits until they are.')
          return
        }
        session.adoptSignOffs(await signOff(saved.id, a.id, saved.revision))
        session.setProblem(null)
        setNotice(`Signed off on “${describeAttribution(a)}”.`)
      } catch (error) {
        if (error instanceof ApiProblem) session.setProblem(error)
        else setNotice('The server could not be reached. Try the sign-off again in a moment.')
      } finally {
        setSigning(null)
      }
    },
    [session],
  )

  const attributionPanel = useMemo(
    () => (
      <>
        <AttributionSection
          fields={fields}
          current={current}
          problem={problem}
          set={set}
          goToQuote={goToQuote}
          onRemove={removeAttribution}
          onSignOff={canSignOff ? (a) => void onSignOff(a) : null}
          signing={signing}
        />
        <SuggestionsSection session={session} setNotice={setNotice} />
      </>
    ),
    [
      fields,
      current,
      problem,
      set,
      goToQuote,
      removeAttribution,
      canSignOff,
      onSignOff,
      signing,
      session,
      setNotice,
    ],
  )

  return { setEditor, onAttribute, panel: attributionPanel }
}

/** Moves the focus to the attribution form's speaker search once it has rendered. */
function focusAttributionForm(tries = 40) {
  const input = document.querySelector<HTMLElement>('.attribution-form input')
  if (input !== null) return input.focus()
  if (tries === 0) return document.getElementById('attribution-form-title')?.focus()
  requestAnimationFrame(() => focusAttributionForm(tries - 1))
}
