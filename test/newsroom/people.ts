import type { Role } from '../../src/domain/roles.js'

/** One account per role in every browser test's database. */
export const people: Record<Role, { email: string; name: string; role: Role; password: string }> = {
  contributor: {
    email: 'nadia@example.com',
    name: 'Nadia Okafor',
    role: 'contributor',
    password: 'contributor-password-1',
  },
  author: {
    email: 'tom@example.com',
    name: 'Tom Reyes',
    role: 'author',
    password: 'author-password-1',
  },
  editor: {
    email: 'helen@example.com',
    name: 'Helen Park',
    role: 'editor',
    password: 'editor-password-1',
  },
  admin: {
    email: 'sam@example.com',
    name: 'Sam Whitfield',
    role: 'admin',
    password: 'admin-password-1',
  },
}

export const quiet = { info: () => {}, warn: () => {}, error: () => {} }
