import { QueryClientProvider } from '@tanstack/react-query'
import { lazy, Suspense } from 'react'
import type { ComponentType } from 'react'
import { Redirect, Route, Router, Switch, useLocation } from 'wouter'
import { AuthDialogs } from './auth/AuthDialogs'
import { useSession } from './auth/session'
import { Layout } from './components/Layout'
import { loadedEditor, loadEditor } from './open-early'
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
const LazyEditorScene = lazy(() => loadEditor().then((m) => ({ default: m.EditorScene })))

/** The editor, without suspending when its code is already here (a story opened directly). */
function EditorScene({ id }: { id?: string }) {
  const Scene = loadedEditor?.EditorScene ?? LazyEditorScene
  return <Scene id={id} />
}
// Fronts, menus and the banner: editors only, so their code stays out of everyone's first load.
const CurationScene = lazy(() =>
  import('./scenes/curation/CurationScene').then((m) => ({ default: m.CurationScene })),
)
// Shown only when the app opens without a network, so it stays out of the first load.
const OfflineScene = lazy(() =>
  import('./auth/OfflineScene').then((m) => ({ default: m.OfflineScene })),
)

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

/**
 * Every screen behind sign-in, inside the layout. Opened offline (the session cannot be
 * checked), the editor works from the browser's copy and the other screens say they need the
 * server; the tree keeps its shape, so the editor stays mounted when the network returns.
 */
function SignedIn() {
  const { user, isLoading, isOffline } = useSession()
  const [location] = useLocation()
  if (isLoading) return <p className="loading">Loading…</p>
  if (user === null && !isOffline)
    return <Redirect to={`/sign-in?next=${encodeURIComponent(location)}`} />
  if (user?.mustChangePassword === true) return <ForcedPasswordScene />
  const online = (scene: ComponentType) => (isOffline ? OfflineScene : scene)
  return (
    <Layout>
      <Suspense fallback={<p className="loading">Loading…</p>}>
        <Switch>
          <Route path="/" component={online(DeskScene)} />
          <Route path="/stories" component={online(StoriesScene)} />
          <Route path="/stories/new">{() => <EditorScene />}</Route>
          <Route path="/stories/:id">{(params) => <EditorScene id={params.id} />}</Route>
          <Route path="/media" component={online(MediaScene)} />
          <Route path="/account" component={online(AccountScene)} />
          {(['fronts', 'menus', 'banner'] as const).map((area) => (
            <Route key={area} path={`/${area}`}>
              {() => {
                const Scene = online(() => <CurationScene area={area} />)
                return <Scene />
              }}
            </Route>
          ))}
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
