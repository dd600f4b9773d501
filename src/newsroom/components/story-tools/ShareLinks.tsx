import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { Button } from 'react-aria-components'
import { api, data } from '../../api/client'
import { FormAlert } from '../FormAlert'
import type { StoryToolProps } from './format'
import { formatDateTime } from './format'
import { ToolDialog } from './ToolDialog'

/**
 * Share links: each shows an outside reader the latest saved version for 24 hours. The server
 * keeps only a hash of a link, so it can be copied just after it is made.
 */
export function ShareLinks({ article }: StoryToolProps) {
  const id = article.id
  const client = useQueryClient()
  const key = ['share-links', id]
  const { data: links = [] } = useQuery({
    queryKey: key,
    queryFn: () =>
      data(api.GET('/api/v1/articles/{id}/share-links', { params: { path: { id } } })).then(
        (answer) => answer.items,
      ),
  })
  const [made, setMade] = useState<{ url: string; expiresAt: string } | null>(null)
  const [copied, setCopied] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const run = async (action: () => Promise<unknown>) => {
    setError(null)
    try {
      await action()
      await client.invalidateQueries({ queryKey: key })
    } catch (e) {
      setError(e)
    }
  }
  const create = () =>
    run(async () => {
      const link = await data(
        api.POST('/api/v1/articles/{id}/share-links', { params: { path: { id } } }),
      )
      setCopied(false)
      setMade(link)
    })
  const revoke = (linkId: string) =>
    run(async () => {
      await api.DELETE('/api/v1/articles/{id}/share-links/{linkId}', {
        params: { path: { id, linkId } },
      })
      setMade(null)
    })
  const copy = async (url: string) => {
    await navigator.clipboard.writeText(url).then(
      () => setCopied(true),
      () => setCopied(false),
    )
  }
  return (
    <ToolDialog
      trigger="Share link…"
      title="Share the story before it is published"
      onOpenChange={() => setMade(null)}
      actions={() => (
        <Button className="button primary" onPress={() => void create()}>
          Create a 24-hour link
        </Button>
      )}
    >
      {() => (
        <>
          <p className="muted">
            Anyone with a link can read the latest saved version for 24 hours, unless you revoke it.
            Search engines are told not to index it.
          </p>
          {made !== null && (
            <div className="story-tool">
              <label className="field">
                <span className="label">New link (copy it now: it is not shown again)</span>
                <input className="share-url" type="url" readOnly value={made.url} />
              </label>
              <div className="story-tool-row">
                <Button className="button primary" onPress={() => void copy(made.url)}>
                  Copy link
                </Button>
                <span role="status">{copied ? 'Copied.' : ''}</span>
              </div>
            </div>
          )}
          <h3>Working links</h3>
          {links.length === 0 ? (
            <p className="muted">No working links.</p>
          ) : (
            <ul className="story-tool-list" aria-label="Working share links">
              {links.map((l) => (
                <li key={l.id}>
                  <span>
                    Made {formatDateTime(l.createdAt)}, expires{' '}
                    <time dateTime={l.expiresAt}>{formatDateTime(l.expiresAt)}</time>
                  </span>
                  <Button className="button small danger" onPress={() => void revoke(l.id)}>
                    Revoke{' '}
                    <span className="visually-hidden">link made {formatDateTime(l.createdAt)}</span>
                  </Button>
                </li>
              ))}
            </ul>
          )}
          <FormAlert error={error} />
        </>
      )}
    </ToolDialog>
  )
}
