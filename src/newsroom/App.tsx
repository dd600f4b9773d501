import { QueryClientProvider } from '@tanstack/react-query'
import { lazy, Suspense } from 'react'
import { Redirect, Route, Router, Switch, useLocation } from 'wouter'
import { AuthDialogs } from './auth/AuthDialogs'
import { useSession } from './auth/session'
import { Layout } from './components/Layout'
import { loadEditor } from './open-early'
import { queryClient } from './query-client'
import { AccountScene } from './scenes/account/AccountScene'
import { ForcedPasswordScene } from './scenes/auth/ForcedPasswordScene'
import { ForgotScene } from './scenes/auth/ForgotScene'
import { InvitationScene } from './scenes/auth/InvitationScene'
import { ResetScene } from './scenes/auth/ResetScene'
import { SignInScene } from './scenes/auth/SignInScene'
import { DeskScene } from './scenes/desk/DeskScene'
import { MediaScene } from './scenes/media/MediaScene'
import { StoriesScene } from './scenes/stories/StoriesScene'

// The editor is its own chunk, fetched early when a story is opened directly (open-early.ts).
const EditorScene = lazy(() => loadEditor().then((m) => ({ default: m.EditorScene })))

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <Router base="/newsroom">
        <Switch>
          <Route path="/sign-in" component={SignInScene} />
          <Route path="/forgot" component={ForgotScene} />
          <Route path="/reset" component={ResetScene} />
          <Route path="/reset-password" component={ResetScene} />
          <Route path="/invitation" component={InvitationScene} />
          <Route>
            <SignedIn />
          </Route>
        </Switch>
        <AuthDialogs />
      </Router>
    </QueryClientProvider>
  )
}

/** Every screen behind sign-in, inside the layout. */
function SignedIn() {
  const { user, isLoading } = useSession()
  const [location] = useLocation()
  if (isLoading) return <p className="loading">Loading…</p>
  if (user === null) return <Redirect to={`/sign-in?next=${encodeURIComponent(location)}`} />
  if (user.mustChangePassword === true) return <ForcedPasswordScene />
  return (
    <Layout>
      <Suspense fallback={<p className="loading">Loading…</p>}>
        <Switch>
          <Route path="/" component={DeskScene} />
          <Route path="/stories" component={StoriesScene} />
          <Route path="/stories/new">{() => <EditorScene />}</Route>
          <Route path="/stories/:id">{(params) => <EditorScene id={params.id} />}</Route>
          <Route path="/media" component={MediaScene} />
          <Route path="/account" component={AccountScene} />
          <Route>
            <section className="scene">
              <h1>Not found</h1>
              <p>There is no newsroom screen at this address.</p>
            </section>
          </Route>
        </Switch>
      </Suspense>
    </Layout>
  )
}
