import type { Role } from './roles.js'

/** A newsroom account. */
export interface User {
  id: string
  email: string
  name: string
  role: Role
  createdAt: string
  disabledAt: string | null
  /** Signs in with a one-time password that must be changed before anything else. */
  mustChangePassword: boolean
}
