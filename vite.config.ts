import react from '@vitejs/plugin-react'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import { newsroomServiceWorker } from './src/newsroom/sw-build.js'

const root = fileURLToPath(new URL('./src/newsroom', import.meta.url))

// The newsroom app: root src/newsroom, served by the server at /newsroom/ from dist/newsroom.
// `npm run dev` runs Vite's dev server with /api proxied to a Masthead on port 3000.
export default defineConfig({
  root,
  base: '/newsroom/',
  plugins: [react(), newsroomServiceWorker()],
  build: {
    outDir: fileURLToPath(new URL('./dist/newsroom', import.meta.url)),
    emptyOutDir: true,
    manifest: true,
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 1200,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000', '/media': 'http://127.0.0.1:3000' },
  },
})
