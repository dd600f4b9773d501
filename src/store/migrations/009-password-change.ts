import type { Kysely } from 'kysely'

/**
 * `users.must_change_password`: 1 while the account signs in with a one-time password (printed
 * at the first start or by `masthead user add`), which must be replaced before anything else.
 * Existing accounts start at 0: nothing records which of them still have one.
 */
export function passwordChange() {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .alterTable('users')
        .addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(0))
        .execute()
    },
  }
}
