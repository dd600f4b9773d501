import type { ReactNode } from 'react'
import { useCallback, useState } from 'react'
import { Link, useRoute } from 'wouter'
import { isEditor, useSession } from '../auth/session'
import { useGlobalKeys } from '../hooks/useGlobalKeys'
import { CommandPalette } from './CommandPalette'
import { ShortcutsHelp } from './ShortcutsHelp'
import { UserMenu } from './UserMenu'

function NavLink({ href, children }: { href: string; children: ReactNode }) {
  const [isActive] = useRoute(href === '/' ? '/' : `${href}/*?`)
  return (
    <Link href={href} className="nav-link" aria-current={isActive ? 'page' : undefined}>
      {children}
    </Link>
  )
}

/** The frame of every signed-in screen: navigation on top, the screen below. */
export function Layout({ children }: { children: ReactNode }) {
  const [overlay, setOverlay] = useState<'palette' | 'help' | null>(null)
  const handlePalette = useCallback(() => setOverlay('palette'), [])
  const handleHelp = useCallback(() => setOverlay('help'), [])
  const handleClose = useCallback(() => setOverlay(null), [])
  useGlobalKeys({ onPalette: handlePalette, onHelp: handleHelp })
  const { user } = useSession()
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <Link href="/" className="brand">
          Newsroom
        </Link>
        <nav aria-label="Main">
          <NavLink href="/">Desk</NavLink>
          <NavLink href="/stories">Stories</NavLink>
          <NavLink href="/media">Media</NavLink>
          {isEditor(user ?? null) && (
            <>
              <NavLink href="/fronts">Fronts</NavLink>
              <NavLink href="/menus">Menus</NavLink>
              <NavLink href="/banner">Banner</NavLink>
            </>
          )}
        </nav>
        <div className="topbar-end">
          <button type="button" className="palette-button" onClick={handlePalette}>
            <span>Search or jump to…</span>
            <kbd>Ctrl K</kbd>
          </button>
          <button
            type="button"
            className="button small quiet"
            aria-label="Keyboard shortcuts"
            onClick={handleHelp}
          >
            ?
          </button>
          <Link href="/stories/new" className="button primary small">
            New story
          </Link>
          <UserMenu />
        </div>
      </header>
      <main id="main" className="main" tabIndex={-1}>
        {children}
      </main>
      <CommandPalette isOpen={overlay === 'palette'} onClose={handleClose} onHelp={handleHelp} />
      <ShortcutsHelp isOpen={overlay === 'help'} onClose={handleClose} />
    </div>
  )
}
