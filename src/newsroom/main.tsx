import { editorReady } from './open-early'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { prefetchSession } from './auth/session'
import { registerServiceWorker } from './sw-register'
import './styles/app.css'

prefetchSession()
const root = document.getElementById('root')
if (root !== null)
  void editorReady.then(() =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  )

registerServiceWorker()
