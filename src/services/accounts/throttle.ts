import { TooManyRequestsError } from '../../domain/errors.js'
import type { Repos } from '../../store/index.js'
import type { Deps } from '../deps.js'

/**
 * Sign-in throttling. Failures are counted per account and per address in a shared table, so
 * every process behind a load balancer enforces the same limits. A blocked key answers 429
 * before any password is checked, so a brute-force run costs the server almost nothing and
 * never slows sign-ins on other accounts from other addresses.
 */
export const throttleLimits = {
  windowMs: 15 * 60_000,
  blockMs: 15 * 60_000,
  perAccount: 10,
  perAddress: 50,
  resetsPerAddress: 10,
}

export const throttleKeys = (email: string, ip: string) => ({
  account: `account:${email.trim().toLowerCase()}`,
  address: `ip:${ip}`,
})

/** Throws TooManyRequestsError while any of the keys is blocked. */
export async function requireNotThrottled(deps: Deps, keys: readonly string[]): Promise<void> {
  const now = deps.clock.now().getTime()
  for (const key of keys) {
    const record = await deps.store.throttle.find(key)
    const until = record?.blockedUntil === null ? NaN : Date.parse(record?.blockedUntil ?? '')
    if (until > now) {
      throw new TooManyRequestsError(
        'Too many failed sign-ins; wait before trying again.',
        Math.ceil((until - now) / 1000),
      )
    }
  }
}

/** Counts one failure against a key; the limit-th failure in a window blocks the key. */
export async function recordFailure(
  tx: Repos,
  deps: Deps,
  key: string,
  limit: number,
): Promise<void> {
  const now = deps.clock.now()
  const record = await tx.throttle.find(key)
  const isFresh =
    record === null || Date.parse(record.windowStart) + throttleLimits.windowMs <= now.getTime()
  const failures = isFresh ? 1 : record.failures + 1
  await tx.throttle.save({
    key,
    failures,
    windowStart: isFresh ? now.toISOString() : record.windowStart,
    blockedUntil:
      failures >= limit ? new Date(now.getTime() + throttleLimits.blockMs).toISOString() : null,
  })
}
