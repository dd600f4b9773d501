/** The database could not be opened or migrated; the message says which and why. */
export class StoreOpenError extends Error {}
