// A minimal editor stand-in, for the story tools' browser tests only (never part of the app's
// bundle): the saved headline, two unsaved fields, and the four tools with the editor's props.
import { QueryClientProvider, useQuery } from '@tanstack/react-query'
import { StrictMode, useState } from 'react'
import { createRoot } from 'react-dom/client'
import { api, data } from '../../../api/client'
import { fetchSession } from '../../../auth/session'
import { CorrectionsDialog, HistoryPanel, PresenceBadge, PreviewButton } from '../index'
import { queryClient } from '../../../query-client'
import '../../../styles/app.css'

function Harness({ id }: { id: string }) {
  const { data: article, refetch } = useQuery({
    queryKey: ['article', id],
    queryFn: async () => {
      await fetchSession()
      return data(api.GET('/api/v1/articles/{id}', { params: { path: { id } } }))
    },
  })
  const [headline, setHeadline] = useState('')
  const [text, setText] = useState('')
  if (article === undefined) return <p>Loading…</p>
  const onChanged = () => void refetch()
  const draft = {
    ...(headline !== '' ? { headline } : {}),
    ...(text !== ''
      ? {
          body: {
            type: 'doc' as const,
            content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
          },
        }
      : {}),
  }
  return (
    <main className="main scene">
      <h1>{article.headline}</h1>
      <p data-testid="revision">Revision {article.revision}</p>
      <PresenceBadge article={article} onChanged={onChanged} />
      <label className="field">
        <span className="label">Unsaved headline</span>
        <input value={headline} onChange={(e) => setHeadline(e.target.value)} />
      </label>
      <label className="field">
        <span className="label">Unsaved text</span>
        <textarea value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <PreviewButton article={article} draft={draft} onChanged={onChanged} />
      <CorrectionsDialog article={article} onChanged={onChanged} />
      <HistoryPanel article={article} onChanged={onChanged} />
    </main>
  )
}

const id = new URLSearchParams(window.location.search).get('id') ?? ''
const root = document.getElementById('root')
if (root !== null)
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <Harness id={id} />
      </QueryClientProvider>
    </StrictMode>,
  )
