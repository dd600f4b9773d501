/**
 * The story tools (src/newsroom/components/story-tools/: presence, preview and share, history,
 * corrections) mounted in the editor. Each takes `{ article, onChanged }`; onChanged refetches.
 * History and corrections load (code and data) when their section is first opened.
 */
import type { ReactNode } from 'react'
import { lazy, Suspense, useState } from 'react'
import type { ArticleJson } from '../../api/types'
import { PresenceBadge } from '../../components/story-tools/PresenceBadge'
import type { StoryDraft } from '../../components/story-tools/PreviewButton'
import { PreviewButton } from '../../components/story-tools/PreviewButton'
import type { ArticleLike, StoryFields } from './fields'
import { sendableBody } from './fields'

const HistoryPanel = lazy(() =>
  import('../../components/story-tools/HistoryPanel').then((m) => ({ default: m.HistoryPanel })),
)
const CorrectionsDialog = lazy(() =>
  import('../../components/story-tools/CorrectionsDialog').then((m) => ({
    default: m.CorrectionsDialog,
  })),
)

interface ToolsProps {
  article: ArticleLike
  onChanged: () => void
}

// The editor reads the same API JSON through a narrower type.
const asJson = (article: ArticleLike) => article as unknown as ArticleJson

/** Presence (who else is editing) and preview, in the editor's header. */
export function StoryToolsHeader({
  article,
  onChanged,
  latest,
}: ToolsProps & { latest: () => StoryFields }) {
  // Read at the click, so the preview has the last keystrokes even before they are serialised.
  const draft = (): StoryDraft => {
    const fields = latest()
    return { ...fields, body: sendableBody(fields.body) }
  }
  return (
    <div className="story-tools-head">
      <PresenceBadge article={asJson(article)} onChanged={onChanged} />
      <PreviewButton article={asJson(article)} draft={draft} onChanged={onChanged} />
    </div>
  )
}

/** History and corrections, in the side panel. */
export function StoryToolsPanel({ article, onChanged }: ToolsProps) {
  return (
    <>
      <LazySection summary="History">
        <HistoryPanel article={asJson(article)} onChanged={onChanged} />
      </LazySection>
      <LazySection summary="Corrections and updates">
        <CorrectionsDialog article={asJson(article)} onChanged={onChanged} />
      </LazySection>
    </>
  )
}

/** A side-panel section whose content mounts when it is first opened, and stays. */
function LazySection({ summary, children }: { summary: string; children: ReactNode }) {
  const [opened, setOpened] = useState(false)
  return (
    <details
      className="panel-section"
      onToggle={(e) => {
        if (e.currentTarget.open) setOpened(true)
      }}
    >
      <summary>{summary}</summary>
      <div className="panel-body">
        {opened && <Suspense fallback={<p className="muted">Loading…</p>}>{children}</Suspense>}
      </div>
    </details>
  )
}
