import type { Clock } from '../../src/services/deps.js'

/** A clock tests move by hand. */
export interface TestClock extends Clock {
  set(iso: string | Date): void
  advance(ms: number): void
}

export function testClock(start = '2026-03-02T09:00:00.000Z'): TestClock {
  let now = new Date(start).getTime()
  return {
    now: () => new Date(now),
    set: (iso) => {
      now = new Date(iso).getTime()
    },
    advance: (ms) => {
      now += ms
    },
  }
}
