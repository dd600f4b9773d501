/**
 * One group of toolbar buttons, all with the same markup: the word on the button, the shortcut
 * in its tooltip and in aria-keyshortcuts, and aria-pressed where the button is a toggle. A
 * mousedown does not take the focus from the body, so the selection stays where it was.
 */
import type { Editor } from '@tiptap/react'
import type { ReactNode } from 'react'
import type { Tool, ToolAction, ToolbarState, ToolGroupSpec } from './tools'

interface ToolGroupProps {
  group: ToolGroupSpec
  editor: Editor
  state: ToolbarState
  onAction: (action: ToolAction) => void
  /** Controls placed after the group's buttons (the upload field). */
  children?: ReactNode
}

export function ToolGroup({ group, editor, state, onAction, children }: ToolGroupProps) {
  return (
    <div className="tool-group" role="group" aria-label={group.label}>
      {group.tools.map((tool) => (
        <ToolButton
          key={tool.label}
          tool={tool}
          pressed={tool.pressed === undefined ? undefined : state[tool.pressed]}
          onPress={() => (typeof tool.run === 'string' ? onAction(tool.run) : tool.run(editor))}
        />
      ))}
      {children}
    </div>
  )
}

function ToolButton(props: { tool: Tool; pressed: boolean | undefined; onPress: () => void }) {
  const { tool } = props
  const title = tool.shortcut ? `${tool.label} (${tool.shortcut.label})` : tool.label
  return (
    <button
      type="button"
      className={tool.look === undefined ? 'tool' : `tool tool-${tool.look}`}
      aria-label={tool.text === undefined ? undefined : tool.label}
      aria-pressed={props.pressed}
      aria-keyshortcuts={tool.shortcut?.aria}
      title={title}
      onMouseDown={(e) => e.preventDefault()}
      onClick={props.onPress}
    >
      {tool.text ?? tool.label}
    </button>
  )
}
