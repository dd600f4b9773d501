import { useState } from 'react'
import { Button } from 'react-aria-components'
import { api } from '../../api/client'
import type { paths } from '../../api/schema'
import { FormAlert } from '../FormAlert'
import type { StoryToolProps } from './format'
import { ShareLinks } from './ShareLinks'
import './story-tools.css'

/** The unsaved fields, as a PATCH would send them. */
export type StoryDraft = NonNullable<
  paths['/api/v1/articles/{id}']['patch']['requestBody']
>['content']['application/json']

/**
 * The page the server renders from the site's own templates, made openable from memory. A
 * document from a blob: URL resolves relative links against nothing, so it is given the site as
 * its base (the theme's stylesheet and images are site paths).
 */
function previewUrl(html: string): string {
  const base = `<base href="${window.location.origin}/">`
  const page = /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (h) => h + base) : html
  return URL.createObjectURL(new Blob([page], { type: 'text/html' }))
}

/**
 * Opens the story as readers will see it, unsaved changes included, in a new tab, and manages
 * share links for someone outside the newsroom.
 */
export function PreviewButton({
  article,
  draft,
  onChanged,
}: StoryToolProps & { draft?: () => StoryDraft }) {
  const [error, setError] = useState<string | null>(null)
  const [isBusy, setBusy] = useState(false)
  const open = async () => {
    setError(null)
    setBusy(true)
    // Opened now, while the click still counts as the reader's own gesture (pop-up blockers).
    const tab = window.open('', '_blank')
    try {
      const { data: html } = await api.POST('/api/v1/articles/{id}/preview', {
        params: { path: { id: article.id } },
        body: draft?.() ?? {},
        parseAs: 'text',
      })
      const url = previewUrl(html ?? '')
      if (tab === null) window.location.assign(url)
      else {
        tab.opener = null
        tab.location.href = url
      }
      // The tab has loaded the page by then; the memory is given back.
      setTimeout(() => URL.revokeObjectURL(url), 60_000)
    } catch (e) {
      tab?.close()
      setError(e instanceof Error ? e.message : 'The preview could not be made.')
    } finally {
      setBusy(false)
    }
  }
  return (
    <div className="story-tool">
      <div className="story-tool-row">
        <Button className="button" isDisabled={isBusy} onPress={() => void open()}>
          Preview
        </Button>
        <ShareLinks article={article} onChanged={onChanged} />
      </div>
      <FormAlert>{error ?? undefined}</FormAlert>
    </div>
  )
}
