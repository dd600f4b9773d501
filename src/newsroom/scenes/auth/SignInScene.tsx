import { Link, useLocation, useSearch } from 'wouter'
import { SignInForm } from '../../auth/SignInForm'
import { AuthCard } from '../../components/AuthCard'

/** Where a safe `next` leads after signing in: a newsroom path only. */
function nextPath(search: string): string {
  const next = new URLSearchParams(search).get('next') ?? '/'
  return next.startsWith('/') && !next.startsWith('//') ? next : '/'
}

export function SignInScene() {
  const search = useSearch()
  const [, navigate] = useLocation()
  function handleSignedIn() {
    navigate(nextPath(search), { replace: true })
  }
  return (
    <AuthCard title="Sign in">
      <SignInForm onSignedIn={handleSignedIn} />
      <p className="auth-links">
        <Link href="/forgot">Forgot your password?</Link>
      </p>
    </AuthCard>
  )
}
