import type { RefObject } from 'react'
import { useEffect } from 'react'
import { isTyping } from '../../hooks/isTyping'

interface ListKeys {
  count: number
  selected: number
  onSelect: (index: number) => void
  onOpen: (index: number) => void
  searchRef: RefObject<HTMLInputElement | null>
}

/** j/k move through the rows, Enter opens the selected one, / jumps to the search field. */
export function useListKeys({ count, selected, onSelect, onOpen, searchRef }: ListKeys) {
  useEffect(() => {
    function focusRow(index: number) {
      onSelect(index)
      document.querySelector<HTMLElement>(`[data-row="${index}"]`)?.focus()
    }
    function handleKeyDown(event: KeyboardEvent) {
      if (event.metaKey || event.ctrlKey || event.altKey) return
      if (isTyping(event.target)) {
        if (event.key === 'Escape' && event.target === searchRef.current) searchRef.current?.blur()
        return
      }
      if (event.key === '/') {
        event.preventDefault()
        searchRef.current?.focus()
      } else if (event.key === 'j' && count > 0) {
        focusRow(Math.min(selected + 1, count - 1))
      } else if (event.key === 'k' && count > 0) {
        focusRow(Math.max(selected - 1, 0))
      } else if (
        event.key === 'Enter' &&
        selected >= 0 &&
        !(event.target instanceof HTMLAnchorElement)
      ) {
        onOpen(selected)
      }
    }
    document.addEventListener('keydown', handleKeyDown)
    return () => document.removeEventListener('keydown', handleKeyDown)
  }, [count, selected, onSelect, onOpen, searchRef])
}
