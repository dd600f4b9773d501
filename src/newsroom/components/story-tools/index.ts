// History and Corrections are not re-exported: the editor loads them when their section opens,
// and a static import through this file would pull them into the editor's first load.
export { PresenceBadge } from './PresenceBadge'
export { PreviewButton } from './PreviewButton'
export type { StoryDraft } from './PreviewButton'
export type { StoryToolProps } from './format'
export { ConfirmButton } from './ConfirmButton'
