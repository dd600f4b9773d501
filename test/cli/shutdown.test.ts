import { connect } from 'node:net'
import type { Socket } from 'node:net'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { testDbKind } from '../support/database.js'
import type { FreshDatabase } from './run-cli.js'
import { freshDatabase } from './run-cli.js'
import { startServe } from './serve-process.js'

vi.setConfig({ testTimeout: 120_000, hookTimeout: 60_000 })

const body = '{"email":"nobody@example.com","password":"not the password 1"}'

/**
 * A connection with a request in flight: its headers sent with `Expect: 100-continue`, so the
 * server's `100 Continue` proves it is reading the request, and half of its body.
 */
async function requestInFlight(port: number): Promise<{ socket: Socket; answer: Promise<string> }> {
  const socket = connect(port, '127.0.0.1')
  let text = ''
  const answer = new Promise<string>((resolve, reject) => {
    socket.on('close', () => resolve(text))
    // A connection cut by the server may end in a reset rather than a close.
    socket.on('error', (error: NodeJS.ErrnoException) =>
      error.code === 'ECONNRESET' ? resolve(text) : reject(error),
    )
  })
  const continued = new Promise<void>((resolve) => {
    socket.on('data', (chunk: Buffer) => {
      text += chunk.toString('latin1')
      if (text.startsWith('HTTP/1.1 100')) resolve()
    })
  })
  socket.write(
    `POST /api/v1/session HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nExpect: 100-continue\r\n\r\n`,
  )
  await continued
  text = ''
  socket.write(body.slice(0, 20))
  return { socket, answer }
}

/** Whether a new connection to the port is refused (the server stopped listening). */
function isRefused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1')
    socket.on('connect', () => {
      socket.destroy()
      resolve(false)
    })
    socket.on('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'))
  })
}

async function untilRefused(port: number): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    if (await isRefused(port)) return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error('the server kept accepting connections after SIGTERM')
}

describe(`masthead serve stopping on SIGTERM (${testDbKind()})`, () => {
  let db: FreshDatabase

  beforeAll(async () => {
    db = await freshDatabase()
  })
  afterAll(() => db.drop())

  it('stops accepting, finishes the request in flight, then exits 0', async () => {
    const server = await startServe({ ...db.env, MASTHEAD_DEMO: '0' })
    const port = Number(new URL(server.url).port)
    const exited = new Promise<number | null>((resolve) => server.child.once('exit', resolve))
    try {
      const { socket, answer } = await requestInFlight(port)
      server.child.kill('SIGTERM')
      await untilRefused(port)
      expect(server.isRunning()).toBe(true)
      socket.write(body.slice(20))
      const text = await answer
      expect(text).toMatch(/^HTTP\/1\.1 401 /)
      expect(await exited).toBe(0)
      expect(server.output()).toContain('SIGTERM: stopping')
    } finally {
      await server.stop()
    }
  })

  it('closes a request still unfinished when the grace period ends, and exits 0', async () => {
    const server = await startServe({
      ...db.env,
      MASTHEAD_DEMO: '0',
      MASTHEAD_SHUTDOWN_GRACE_S: '1',
    })
    const port = Number(new URL(server.url).port)
    const exited = new Promise<number | null>((resolve) => server.child.once('exit', resolve))
    try {
      const { answer } = await requestInFlight(port)
      server.child.kill('SIGTERM')
      expect(await answer).toBe('')
      expect(await exited).toBe(0)
      expect(server.output()).toContain('closing their connections')
    } finally {
      await server.stop()
    }
  })
})
