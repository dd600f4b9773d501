/**
 * What a screen that needs the server shows when the app was opened without a network: a calm
 * note, and the stories whose edits this browser keeps, which open in the editor offline.
 */
import { useEffect, useState } from 'react'
import { Link } from 'wouter'
import type { Draft } from '../scenes/editor/draft-store'
import { pendingDrafts } from '../scenes/editor/draft-store'

export function OfflineScene() {
  const [drafts, setDrafts] = useState<Draft[]>([])
  useEffect(() => {
    pendingDrafts()
      .then(setDrafts)
      .catch(() => undefined)
  }, [])
  return (
    <section className="scene" aria-labelledby="offline-title">
      <h1 id="offline-title">Offline</h1>
      <p>
        The newsroom cannot reach the server, so this screen has to wait. It comes back by itself
        when the connection does.
      </p>
      {drafts.length > 0 && (
        <>
          <h2>Edits kept on this device</h2>
          <p className="muted">These open in the editor now; they are saved once you are online.</p>
          <ul>
            {drafts.map((draft) => (
              <li key={draft.key}>
                <Link href={`/stories/${draft.articleId ?? draft.key}`}>
                  {draft.fields.headline.trim() || 'Untitled story'}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
