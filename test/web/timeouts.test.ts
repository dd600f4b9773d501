import { connect } from 'node:net'
import type { AddressInfo } from 'node:net'
import { describe, expect, it } from 'vitest'
import { buildApp } from '../../src/web/app.js'
import { useTestDatabase } from '../support/database.js'

describe('connection timeouts', () => {
  const db = useTestDatabase()

  it('answers 408 and closes a connection whose body never arrives', async () => {
    const config = db.config({ MASTHEAD_REQUEST_TIMEOUT_S: '1' })
    const app = await buildApp(config, db.services, { logger: false })
    await app.listen({ port: 0, host: '127.0.0.1' })
    const { port } = app.server.address() as AddressInfo
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1')
      let text = ''
      socket.on('data', (chunk: Buffer) => (text += chunk.toString('latin1')))
      socket.on('close', () => resolve(text))
      socket.on('error', reject)
      socket.write(
        'POST /api/v1/session HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"email":',
      )
    })
    expect(answer).toMatch(/^HTTP\/1\.1 408 /)
    await app.close()
  }, 30_000)

  it('cuts off a body that trickles in a byte at a time past the request timeout', async () => {
    const config = db.config({ MASTHEAD_REQUEST_TIMEOUT_S: '1' })
    const app = await buildApp(config, db.services, { logger: false })
    await app.listen({ port: 0, host: '127.0.0.1' })
    const { port } = app.server.address() as AddressInfo
    let sent = 0
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1')
      let text = ''
      // Each byte keeps the connection from going silent; only the whole request's limit ends it.
      const trickle = setInterval(() => {
        if (socket.writable) socket.write('a', () => (sent += 1))
      }, 100)
      socket.on('data', (chunk: Buffer) => (text += chunk.toString('latin1')))
      socket.on('close', () => {
        clearInterval(trickle)
        resolve(text)
      })
      socket.on('error', (error: NodeJS.ErrnoException) => {
        clearInterval(trickle)
        if (error.code === 'ECONNRESET' || error.code === 'EPIPE') resolve(text)
        else reject(error)
      })
      socket.write(
        'POST /api/v1/session HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n',
      )
    })
    expect(answer === '' || /^HTTP\/1\.1 408 /.test(answer)).toBe(true)
    expect(sent).toBeLessThan(100_000)
    await app.close()
  }, 30_000)
})
