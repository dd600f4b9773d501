/**
 * Keyboard shortcuts as the toolbar shows them: `Mod` is ⌘ on a Mac and Ctrl elsewhere. Each
 * shortcut has a label for people (the tooltip) and a value for `aria-keyshortcuts`, which names
 * keys the ARIA way (Control, Meta, Alt, Shift).
 */
const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform)

export interface Shortcut {
  /** For the tooltip: “Ctrl+Alt+2”, or “⌘⌥2” on a Mac. */
  label: string
  /** For aria-keyshortcuts: “Control+Alt+2”, or “Meta+Alt+2” on a Mac. */
  aria: string
}

const macSymbol: Record<string, string> = { Mod: '⌘', Alt: '⌥', Shift: '⇧' }

/** `keys('Mod', 'Alt', '2')` → the shortcut Ctrl/⌘+Alt+2. */
export function keys(...parts: string[]): Shortcut {
  const aria = parts.map((p) => (p === 'Mod' ? (isMac ? 'Meta' : 'Control') : p)).join('+')
  const label = isMac
    ? parts.map((p) => macSymbol[p] ?? p).join('')
    : parts.map((p) => (p === 'Mod' ? 'Ctrl' : p)).join('+')
  return { label, aria }
}
