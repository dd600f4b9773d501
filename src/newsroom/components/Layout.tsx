import type { ReactNode } from 'react'
import { Link, useRoute } from 'wouter'
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
        </nav>
        <div className="topbar-end">
          <Link href="/stories/new" className="button primary small">
            New story
          </Link>
          <UserMenu />
        </div>
      </header>
      <main id="main" className="main" tabIndex={-1}>
        {children}
      </main>
    </div>
  )
}
