import { useQuery } from '@tanstack/react-query'
import { useDeferredValue, useState } from 'react'
import type { Key } from 'react-aria-components'
import {
  Autocomplete,
  Dialog,
  Input,
  Menu,
  MenuItem,
  Modal,
  SearchField,
} from 'react-aria-components'
import { useLocation } from 'wouter'
import { api, data } from '../api/client'
import type { ArticleJson } from '../api/types'
import { formatTime, statusLabel } from './format'
import { screens } from './shortcuts'
import { timeOf } from './StoryRow'

interface Command {
  id: string
  label: string
  hint: string
}

const fixed: Command[] = [
  { id: 'new', label: 'New story', hint: 'Create' },
  ...screens.map((s) => ({ id: `go:${s.path}`, label: s.label, hint: 'Go to' })),
  { id: 'help', label: 'Keyboard shortcuts', hint: 'Help' },
]

interface PaletteProps {
  isOpen: boolean
  onClose: () => void
  onHelp: () => void
}

/** "Draft · Edited 8 Dec, 09:30 · Ana Ruiz", "Published 7 Dec, 07:00 · …": what tells one story from another of the same name. */
function storyHint(a: ArticleJson): string {
  const time = timeOf(a)
  const byline = a.authors.map((x) => x.name).join(', ')
  return [
    // "Published 7 Dec" says its state already; "Draft · Edited 7 Dec" needs it said.
    time.label === statusLabel[a.status] ? '' : statusLabel[a.status],
    time.at === null ? '' : `${time.label} ${formatTime(time.at, undefined)}`,
    byline,
  ]
    .filter((part) => part !== '')
    .join(' · ')
}

/** Ctrl/Cmd+K: open a story by its headline, start one, or go to a screen. */
export function CommandPalette({ isOpen, onClose, onHelp }: PaletteProps) {
  const [text, setText] = useState('')
  const q = useDeferredValue(text.trim())
  const [, navigate] = useLocation()
  const stories = useQuery({
    queryKey: ['palette', q],
    queryFn: () => data(api.GET('/api/v1/articles', { params: { query: { q, limit: 8 } } })),
    enabled: isOpen && q.length >= 2,
  })
  const words = q.toLowerCase()
  const commands = [
    ...fixed.filter((c) => c.label.toLowerCase().includes(words)),
    ...(q.length >= 2
      ? (stories.data?.items ?? []).map((a) => ({
          id: `story:${a.id}`,
          label: a.headline || 'Untitled story',
          // Near-identical headlines are told apart by state, time and byline.
          hint: storyHint(a),
        }))
      : []),
  ]
  function handleAction(key: Key) {
    const id = String(key)
    onClose()
    setText('')
    if (id === 'new') navigate('/stories/new')
    else if (id === 'help') onHelp()
    else if (id.startsWith('go:')) navigate(id.slice(3))
    else if (id.startsWith('story:')) navigate(`/stories/${id.slice(6)}`)
  }
  return (
    <Modal
      isOpen={isOpen}
      onOpenChange={(open) => !open && onClose()}
      isDismissable
      className="modal palette"
    >
      <Dialog className="dialog palette-dialog" aria-label="Command palette">
        <Autocomplete inputValue={text} onInputChange={setText}>
          <SearchField aria-label="Search stories and commands" autoFocus className="palette-field">
            <Input placeholder="Search headlines, or type a command…" />
          </SearchField>
          <Menu
            items={commands}
            onAction={handleAction}
            className="menu palette-menu"
            aria-label="Results"
            renderEmptyState={() => (
              <p className="muted palette-empty">
                {stories.isFetching ? 'Searching…' : 'Nothing found.'}
              </p>
            )}
          >
            {(c) => (
              <MenuItem id={c.id} textValue={c.label} className="menu-item palette-item">
                <span>{c.label}</span>
                <span className="palette-hint">{c.hint}</span>
              </MenuItem>
            )}
          </Menu>
        </Autocomplete>
      </Dialog>
    </Modal>
  )
}
