import data from './publication.json' with { type: 'json' }
import type { DemoPublication } from './types.js'

/** The Kestrel Bay Courier, a fictional regional daily written for this project (data only). */
export const publication = data as unknown as DemoPublication
