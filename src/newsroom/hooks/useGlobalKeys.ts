import { useEffect } from 'react'
import { useLocation } from 'wouter'
import { screens } from '../components/shortcuts'
import { isTyping } from './isTyping'

interface GlobalKeys {
  onPalette: () => void
  onHelp: () => void
}

/** Ctrl/Cmd+K, `?`, `n` and `g` then a screen's letter, on every signed-in screen. */
export function useGlobalKeys({ onPalette, onHelp }: GlobalKeys) {
  const [, navigate] = useLocation()
  useEffect(() => {
    let awaitingGo = false
    function handleKeyDown(event: KeyboardEvent) {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault()
        onPalette()
        return
      }
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return
      if (document.querySelector('[role="dialog"]')) return
      if (awaitingGo) {
        awaitingGo = false
        const screen = screens.find((s) => s.key === event.key)
        if (screen) navigate(screen.path)
        return
      }
      if (event.key === '?') onHelp()
      else if (event.key === 'n') navigate('/stories/new')
      else if (event.key === 'g') awaitingGo = true
    }
    document.addEventListener('keydown', handleKeyDown)
    return () => document.removeEventListener('keydown', handleKeyDown)
  }, [navigate, onPalette, onHelp])
}
