import type { IncomingMessage } from 'node:http'
import { BlockList, isIP } from 'node:net'
import type { FastifyRequest } from 'fastify'
import type { Config } from '../config.js'
import type { Problem } from './problems.js'
import { problem } from './problems.js'

/**
 * Where absolute links come from. With MASTHEAD_PUBLIC_URL (or the public URL in the settings)
 * every link uses that origin. Without one, public answers link to the request's `Host` (never
 * `X-Forwarded-Host`), over https only when a trusted proxy says so in `X-Forwarded-Proto`; such
 * answers name those headers in `Vary`, and the page cache keys on them. Links mailed to people
 * (invitations, resets) never come from the request at all: see `accountOrigin`.
 */

/** What a request is judged by: its headers and the address it came from. */
export type RequestSource = Pick<IncomingMessage, 'headers'> & {
  socket?: { remoteAddress?: string | undefined } | null
}

/**
 * How public links depend on the request when no origin is configured: the `Vary` header naming
 * what they are built from, and the same as a cache-key prefix. Null when an origin is configured.
 */
export type HostScope = {
  readonly vary: string
  key(request: RequestSource): string
} | null

const keywordSubnets: Record<string, [string, number, 'ipv4' | 'ipv6'][]> = {
  loopback: [
    ['127.0.0.0', 8, 'ipv4'],
    ['::1', 128, 'ipv6'],
  ],
  linklocal: [
    ['169.254.0.0', 16, 'ipv4'],
    ['fe80::', 10, 'ipv6'],
  ],
  uniquelocal: [
    ['10.0.0.0', 8, 'ipv4'],
    ['172.16.0.0', 12, 'ipv4'],
    ['192.168.0.0', 16, 'ipv4'],
    ['fc00::', 7, 'ipv6'],
  ],
}

/**
 * Whether an address is one of the configured proxies (MASTHEAD_TRUST_PROXY, checked by the
 * config). Given to Fastify as its `trustProxy`, so `request.ip` and `request.protocol` and the
 * page cache's key all judge a hop the same way.
 */
export function proxyTrust(list: readonly string[]): (address: string | undefined) => boolean {
  if (list.length === 0) return () => false
  const trusted = new BlockList()
  for (const entry of list) {
    for (const [net, bits, family] of keywordSubnets[entry] ?? [])
      trusted.addSubnet(net, bits, family)
    if (keywordSubnets[entry] !== undefined) continue
    const [address = '', bits] = entry.split('/')
    const family = isIP(address) === 6 ? 'ipv6' : 'ipv4'
    if (bits === undefined) trusted.addAddress(address, family)
    else trusted.addSubnet(address, Number(bits), family)
  }
  return (address) => {
    if (address === undefined) return false
    const plain = address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '')
    const family = isIP(plain)
    return family !== 0 && trusted.check(plain, family === 6 ? 'ipv6' : 'ipv4')
  }
}

/** Which request headers shape public links under this configuration. */
export function hostScope(config: Config): HostScope {
  if (config.publicUrl !== null) return null
  const host = (request: RequestSource) => String(request.headers.host ?? '').toLowerCase()
  if (config.http.trustProxy.length === 0) return { vary: 'Host', key: (r) => `${host(r)}|` }
  const isTrusted = proxyTrust(config.http.trustProxy)
  return {
    vary: 'Host, X-Forwarded-Proto',
    key: (r) => `${linkProtocol(r, isTrusted(r.socket?.remoteAddress))}|${host(r)}|`,
  }
}

/** https when a trusted proxy's X-Forwarded-Proto says so (its last entry), else http. */
function linkProtocol(request: RequestSource, isFromProxy: boolean): 'http' | 'https' {
  const sent = request.headers['x-forwarded-proto']
  const last = String(sent ?? '')
    .split(',')
    .pop()
    ?.trim()
    .toLowerCase()
  return isFromProxy && last === 'https' ? 'https' : 'http'
}

/**
 * Whether a Host header is a bare `host[:port]` (a name, IPv4 or bracketed IPv6): no user info,
 * path, quote or markup can reach a link through it.
 */
export function isValidHost(host: string): boolean {
  if (host.length === 0 || host.length > 255 || !/^[\w.:[\]-]+$/.test(host)) return false
  try {
    const url = new URL(`http://${host}`)
    return url.pathname === '/' && url.username === '' && url.search === ''
  } catch {
    return false
  }
}

/** The origin of public links for a request: configured, else the settings', else `Host`. */
export function publicOrigin(
  request: FastifyRequest,
  configured: string | null,
  fromSettings: string | null,
): string {
  const fixed = configured ?? fromSettings
  if (fixed !== null) return fixed.replace(/\/$/, '')
  const host = request.headers.host ?? ''
  // `request.protocol` reads X-Forwarded-Proto only from a trusted proxy (MASTHEAD_TRUST_PROXY).
  const protocol = request.protocol.trim().toLowerCase() === 'https' ? 'https' : 'http'
  return `${protocol}://${isValidHost(host) ? host.toLowerCase() : 'localhost'}`
}

const loopbackHosts = new Set(['localhost', '127.0.0.1', '::1', '[::1]'])

/**
 * The origin of links mailed to people: MASTHEAD_PUBLIC_URL, else the settings' public URL, else,
 * for a server bound to a loopback address (`npm start` on a laptop), that address and port. Null
 * when there is none: such a link must not be built from whatever host a request named.
 */
export function accountOrigin(config: Config, fromSettings: string | null): string | null {
  const fixed = config.publicUrl ?? fromSettings
  if (fixed !== null) return fixed.replace(/\/$/, '')
  const host = config.host.toLowerCase()
  if (config.port === 0 || !(loopbackHosts.has(host) || /^127\.\d+\.\d+\.\d+$/.test(host)))
    return null
  const literal = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host
  return `http://${literal}:${config.port}`
}

/** The answer when an account link is asked for and `accountOrigin` has none (503). */
export function publicUrlRequired(): Problem {
  return problem(
    503,
    'Invitation and password-reset links need the public address of this site: set MASTHEAD_PUBLIC_URL (e.g. https://news.example.com) or the public URL in the settings, then try again.',
    { code: 'public-url-required', title: 'Public URL not configured' },
  )
}
