import { describe, expect, it } from 'vitest'
import { ForbiddenError } from '../../src/domain/errors.js'
import type { Actor, Role } from '../../src/domain/roles.js'
import {
  actorUserId,
  isAtLeast,
  isRole,
  requireRole,
  roleOf,
  systemActor,
} from '../../src/domain/roles.js'

const user = (role: Role): Actor => ({ kind: 'user', userId: 'u1', role, authorIds: [] })

describe('roles', () => {
  it.each([
    ['contributor', 'contributor', true],
    ['contributor', 'author', false],
    ['author', 'contributor', true],
    ['author', 'editor', false],
    ['editor', 'author', true],
    ['editor', 'admin', false],
    ['admin', 'editor', true],
    ['admin', 'admin', true],
  ] as const)('%s is at least %s: %s', (role, min, expected) => {
    expect(isAtLeast(role, min)).toBe(expected)
    if (expected) expect(() => requireRole(user(role), min)).not.toThrow()
    else expect(() => requireRole(user(role), min)).toThrow(ForbiddenError)
  })

  it.each([
    ['editor', true],
    ['admin', true],
    ['Admin', false],
    ['owner', false],
    ['', false],
    [null, false],
    [3, false],
  ])('isRole(%j) is %s', (value, expected) => {
    expect(isRole(value)).toBe(expected)
  })

  it('treats the system as an admin without a user id', () => {
    const system = systemActor('scheduler')
    expect(roleOf(system)).toBe('admin')
    expect(actorUserId(system)).toBeNull()
    expect(() => requireRole(system, 'admin')).not.toThrow()
    expect(roleOf(user('author'))).toBe('author')
    expect(actorUserId(user('author'))).toBe('u1')
  })

  it('names the role needed when refusing', () => {
    expect(() => requireRole(user('author'), 'editor', 'publish others’ work')).toThrow(
      /editor role or higher to publish others’ work/,
    )
  })
})
