import type { Algorithm } from '@node-rs/argon2'
import { hash, verify } from '@node-rs/argon2'
import type { FieldError } from '../../domain/errors.js'

// OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane). 2 is Algorithm.Argon2id, a const enum
// that isolated-module builds cannot read.
const options = { algorithm: 2 as Algorithm, memoryCost: 19_456, timeCost: 2, parallelism: 1 }

export const minPasswordLength = 10

/** Passwords found at the top of every breach list; a newsroom account must not use one. */
const common = new Set([
  '1234567890',
  '12345678910',
  '0123456789',
  '1111111111',
  '0000000000',
  'qwertyuiop',
  'password1',
  'password12',
  'password123',
  'password1234',
  'passw0rd123',
  'iloveyou123',
  'qwerty1234',
  'qwerty12345',
  'qwerty123456',
  '1q2w3e4r5t',
  '1qaz2wsx3edc',
  'abcdefghij',
  'abc1234567',
  'letmein123',
  'welcome123',
  'welcome1234',
  'administrator',
  'admin12345',
  'admin123456',
  'changeme123',
  'football123',
  'baseball123',
  'sunshine123',
  'princess123',
  'dragon12345',
  'monkey12345',
  'trustno1234',
  'superman123',
  'master12345',
  'starwars123',
  'whatever123',
  'computer123',
  'internet123',
  'masthead123',
  'newsroom123',
  'password!1',
  'p@ssw0rd123',
  'zaq12wsxcde',
  'asdfghjkl1',
  'zxcvbnm123',
  '9876543210',
  '1234qwerasdf',
  'aaaaaaaaaa',
  'correcthorsebatterystaple',
])

/** Problems with a new password (empty when acceptable). */
export function passwordProblems(password: string, email: string): FieldError[] {
  const problems: FieldError[] = []
  if (password.length < minPasswordLength)
    problems.push({
      field: 'password',
      message: `must be at least ${minPasswordLength} characters`,
    })
  if (password.length > 256)
    problems.push({ field: 'password', message: 'must be at most 256 characters' })
  const lower = password.toLowerCase()
  if (common.has(lower) || /^(.)\1+$/.test(password))
    problems.push({
      field: 'password',
      message: 'is one of the most common passwords; choose another',
    })
  if (lower === email.toLowerCase() || lower === email.split('@')[0]?.toLowerCase())
    problems.push({ field: 'password', message: 'must not be your e-mail address' })
  return problems
}

export const hashPassword = (password: string): Promise<string> => hash(password, options)

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password)
  } catch {
    return false
  }
}
