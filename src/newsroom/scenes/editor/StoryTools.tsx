/**
 * The story tools (src/newsroom/components/story-tools/: presence, preview and share, history,
 * corrections) mounted in the editor. Each takes `{ article, onChanged }`; onChanged refetches.
 */
import type { ArticleJson } from '../../api/types'
import type { StoryDraft } from '../../components/story-tools'
import {
  CorrectionsDialog,
  HistoryPanel,
  PresenceBadge,
  PreviewButton,
} from '../../components/story-tools'
import type { ArticleLike, StoryFields } from './fields'
import { sendableBody } from './fields'

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
      <details className="panel-section">
        <summary>History</summary>
        <div className="panel-body">
          <HistoryPanel article={asJson(article)} onChanged={onChanged} />
        </div>
      </details>
      <details className="panel-section">
        <summary>Corrections and updates</summary>
        <div className="panel-body">
          <CorrectionsDialog article={asJson(article)} onChanged={onChanged} />
        </div>
      </details>
    </>
  )
}
