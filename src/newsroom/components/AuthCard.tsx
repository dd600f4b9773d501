import type { ReactNode } from 'react'

/** The centred card the signed-out screens share. */
export function AuthCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className="auth-page">
      <div className="auth-card">
        <p className="auth-brand">Masthead · Newsroom</p>
        <h1>{title}</h1>
        {children}
      </div>
    </main>
  )
}
