/**
 * The editor screen: body in the middle, the story's details beside it, save state and workflow
 * at the top. A new story is created on its first edit (POST) and the address becomes the story's
 * without remounting, so typing carries on through the switch.
 */
import { useQuery } from '@tanstack/react-query'
import { lazy, memo, Suspense, useCallback, useMemo, useRef, useState } from 'react'
import type { ReactNode } from 'react'
import { useLocation } from 'wouter'
import { ApiProblem } from '../../api/client'
import { isEditor, useSession } from '../../auth/session'
import { describeAttribution, unsignedAttributions } from '../../../domain/attribution.js'
import { useAttributionTools } from './attribution/use-attribution-tools'
import type { WorkflowAction } from './article-api'
import { getSettings, moveArticle } from './article-api'
import { BodyEditor } from './BodyEditor'
import { EditorBoundary } from './EditorBoundary'
import type { StoryFields } from './fields'
import { HeadlineFields } from './HeadlineFields'
import { BodyProblems } from './node-views'
import { ProblemAlert } from './ProblemAlert'
import { SaveStatus } from './SaveStatus'
import { SidePanel } from './SidePanel'
import { StoryToolsHeader, StoryToolsPanel } from './StoryTools'
import { useStorySession } from './use-story-session'
import { liveUrl } from './live-url'
import { workflowActions, WorkflowBar } from './WorkflowBar'
import './editor.css'

// The panel re-renders when its own props change, not at every change of the scene's state.
const Panel = memo(SidePanel)

// Only needed when a save meets someone else's (it brings the word diff with it).
const ConflictDialog = lazy(() =>
  import('./ConflictDialog').then((m) => ({ default: m.ConflictDialog })),
)

const statusLabel: Record<string, string> = {
  draft: 'Draft',
  in_review: 'In review',
  scheduled: 'Scheduled',
  published: 'Published',
  unpublished: 'Unpublished',
}

export function EditorScene({ id }: { id?: string }) {
  const [, navigate] = useLocation()
  // A story created here keeps its editor when the address gains its id.
  const adopted = useRef(new Map<string, string>())
  const fresh = useRef(`new-${Date.now()}`)
  const previous = useRef(id)
  if (id === undefined && previous.current !== undefined) fresh.current = `new-${Date.now()}`
  previous.current = id
  const key = id === undefined ? fresh.current : (adopted.current.get(id) ?? id)
  const onCreated = useCallback(
    (created: string) => {
      adopted.current.set(created, fresh.current)
      navigate(`/stories/${created}`, { replace: true })
    },
    [navigate],
  )
  return (
    <EditorBoundary key={key}>
      <StoryEditor id={id} onCreated={onCreated} />
    </EditorBoundary>
  )
}

function StoryEditor({
  id,
  onCreated,
}: {
  id: string | undefined
  onCreated: (id: string) => void
}) {
  const session = useStorySession(id, onCreated)
  const { user } = useSession()
  const settings = useQuery({
    queryKey: ['settings'],
    queryFn: getSettings,
    staleTime: 600_000,
    retry: false,
  })
  const [busy, setBusy] = useState(false)
  const [notice, setNotice] = useState<string | null>(null)
  const { article, fields, problem, setFields, reload } = session
  const refetch = useCallback(() => void reload(), [reload])
  const tools: ReactNode = useMemo(
    () => (article !== null ? <StoryToolsPanel article={article} onChanged={refetch} /> : null),
    [article, refetch],
  )

  const set = useCallback(
    <K extends keyof StoryFields>(key: K, value: StoryFields[K]) =>
      setFields((f) => ({ ...f, [key]: value })),
    [setFields],
  )
  const setBody = useCallback(
    (body: StoryFields['body']) => setFields((f) => ({ ...f, body })),
    [setFields],
  )

  const {
    setEditor,
    onAttribute,
    panel: attributionPanel,
  } = useAttributionTools({
    session,
    set,
    setNotice,
    canSignOff: isEditor(user),
  })

  const move = async (action: WorkflowAction, body?: Record<string, string>) => {
    setBusy(true)
    setNotice(null)
    try {
      await session.save()
      const saved = await session.flushed()
      if (saved === null) {
        setNotice(
          'Your edits are not saved yet, so the story was not moved. It will be once the save goes through.',
        )
        return
      }
      const next = await moveArticle(saved.id, saved.revision, action, body)
      session.replaceArticle(next)
      session.setProblem(null)
      setNotice(`${statusLabel[next.status] ?? next.status}.`)
    } catch (error) {
      if (error instanceof ApiProblem) session.setProblem(error)
      else setNotice('The server could not be reached. Nothing was lost; try again in a moment.')
    } finally {
      setBusy(false)
    }
  }

  if (session.loadError !== null) {
    const e = session.loadError
    return (
      <section className="scene">
        <h1>This story cannot be opened</h1>
        <p>{e instanceof ApiProblem ? e.detail || e.title : 'The server could not be reached.'}</p>
      </section>
    )
  }

  const actions = user === null ? [] : workflowActions(user, article)
  const goesLiveAt = liveUrl(
    {
      id: article?.id ?? '',
      kind: fields.kind,
      slug: fields.slug || (article?.slug ?? ''),
      publishedAt: article?.publishedAt ?? null,
      url: article?.status === 'published' ? article.url : null,
      primarySection: fields.sections[0] ?? null,
    },
    settings.data,
  )
  const unsigned = unsignedAttributions(fields.body, fields.attributions)
  const blocked =
    unsigned[0] === undefined
      ? null
      : `Not yet publishable: an editor must sign off on the unnamed source “${describeAttribution(unsigned[0])}”${unsigned.length > 1 ? ` (and ${unsigned.length - 1} more)` : ''}.`
  const bodyProblem = (path: string) => problem?.errors.find((e) => e.field === path)?.message

  return (
    <div className="editor-scene">
      <header className="editor-head">
        <div className="editor-head-start">
          <span className={`status-badge status-${article?.status ?? 'draft'}`}>
            {statusLabel[article?.status ?? 'draft']}
          </span>
          <SaveStatus state={session.state} onRetry={() => void session.save()} />
          {article !== null && (
            <StoryToolsHeader article={article} latest={session.latest} onChanged={refetch} />
          )}
        </div>
        <WorkflowBar
          actions={actions}
          busy={busy || session.state === 'loading'}
          timeZone={settings.data?.timeZone ?? 'UTC'}
          scheduledAt={article?.scheduledAt ?? null}
          headline={fields.headline}
          liveUrl={goesLiveAt}
          blocked={blocked}
          onMove={(a, b) => void move(a, b)}
        />
      </header>
      {article?.returnNote && (
        <div className="notice return-note" role="note" aria-label="Note from the desk">
          <strong>
            Returned with a note{article.returnNote.by ? ` from ${article.returnNote.by}` : ''}:
          </strong>{' '}
          {article.returnNote.text}
        </div>
      )}
      {notice !== null && (
        <p className="notice" role="status">
          {notice}
          {article?.status === 'published' && article.url && (
            <>
              {' '}
              <a href={article.url} target="_blank" rel="noopener noreferrer">
                Open the published story
              </a>
            </>
          )}
        </p>
      )}
      <ProblemAlert problem={problem} />
      <div className="editor-grid">
        <section className="editor-main" aria-label="Story">
          <HeadlineFields headline={fields.headline} dek={fields.dek} problem={problem} set={set} />
          {session.state !== 'loading' && (
            <BodyProblems.Provider value={bodyProblem}>
              <BodyEditor
                doc={fields.body}
                version={session.bodyVersion}
                onChange={setBody}
                registerFlush={session.registerFlush}
                onDirty={session.markDirty}
                onEditor={setEditor}
                onAttribute={onAttribute}
              />
            </BodyProblems.Provider>
          )}
        </section>
        <Panel
          fields={fields}
          article={article}
          settings={settings.data}
          problem={problem}
          keptVersion={session.keptVersion}
          set={set}
          tools={tools}
          attribution={attributionPanel}
        />
      </div>
      {session.conflict !== null && (
        <Suspense fallback={null}>
          <ConflictDialog conflict={session.conflict} onResolve={(c) => void session.resolve(c)} />
        </Suspense>
      )}
    </div>
  )
}
