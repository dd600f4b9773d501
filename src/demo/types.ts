import type { SourceKind, Sourcing, WorkType } from '../domain/attribution.js'
import type { BlockDocument } from '../domain/block-document.js'
import type { PolicyKind } from '../domain/settings.js'

/**
 * The shape of Masthead's demo publication: a fictional regional daily written for this project.
 * The records are data (`publication.json`, bodies as block documents); the seeder
 * (`seed-demo.ts`) turns them into sections, authors, media and articles through the services'
 * facade, as every other front door does.
 */

/** A section of the paper; `parent` names another section's slug to nest it. */
export interface DemoSection {
  slug: string
  name: string
  description: string
  parent?: string
}

/** A byline. Wire services have no login (`login` absent); staff get a user account. */
export interface DemoAuthor {
  slug: string
  name: string
  bio: string
  isWire: boolean
  login?: { email: string; role: 'contributor' | 'author' | 'editor' | 'admin' }
  links?: { label: string; url: string }[]
  jobTitle?: string
  expertise?: string[]
  profileLinks?: string[]
  /** Colour scheme for the generated portrait. */
  portrait: DemoPortrait
}

export interface DemoPortrait {
  background: string // CSS hex colour
  skin: string
  hair: string
  shirt: string
}

/** A generated illustrative photo: a scene drawn from shapes and a palette (see `photos.ts`). */
export type DemoScene =
  | 'harbour'
  | 'skyline'
  | 'hills'
  | 'bridge'
  | 'rain'
  | 'field'
  | 'stadium'
  | 'market'
  | 'night'
  | 'forest'
  | 'coast'
  | 'rail'

export interface DemoPhoto {
  scene: DemoScene
  /** Seed that varies shapes within a scene so two photos of one scene differ. */
  variant: number
  alt: string
  caption: string
  credit: string
}

export interface DemoCorrection {
  kind: 'correction' | 'update' | 'clarification'
  text: string
  /** Hours after publication that the correction was made. */
  hoursAfter: number
}

export interface DemoStory {
  /** A static page (the policies) or, by default, an article. */
  kind?: 'article' | 'page'
  slug: string
  headline: string
  dek: string
  /** Section slugs; the first is the primary section. */
  sections: string[]
  tags: string[]
  /** Author slugs in byline order. */
  authors: string[]
  /** Publication time relative to the moment the demo is loaded. */
  daysAgo: number
  hour: number
  status?: 'published' | 'draft' | 'in_review' | 'scheduled'
  hero?: DemoPhoto
  body: BlockDocument
  corrections?: DemoCorrection[]
  /** News unless said otherwise. */
  workType?: WorkType
  dateline?: string
  /** Who said what (docs/attribution.md); the body's quotes name these by id. */
  attributions?: DemoAttribution[]
  /** The story's Sources list; retrieved an hour before the story was first saved. */
  sources?: DemoSource[]
}

/** A person or organisation record that attributions link to by `key`. */
export interface DemoEntity {
  key: string
  kind: 'person' | 'organization'
  name: string
  description: string
}

/**
 * An attribution as the demo writes it: `speaker.entity` is a `DemoEntity` key; `signOff` true
 * has the demo's editor sign off on the unnamed source before the story is published.
 */
export interface DemoAttribution {
  id: string
  speaker?: { entity?: string; name: string }
  role?: string
  sourcing: Sourcing
  description?: string
  relayed?: { outlet: string; url: string | null; date?: string }
  documentUrl?: string
  sourceIds?: string[]
  event?: string
  signOff?: boolean
}

export interface DemoSource {
  id: string
  kind: SourceKind
  title: string
  url: string | null
}

export interface DemoPublication {
  title: string
  tagline: string
  locale: string
  timeZone: string
  sections: DemoSection[]
  authors: DemoAuthor[]
  stories: DemoStory[]
  /** People and organisations the stories' attributions link to. */
  entities?: DemoEntity[]
  /** The slug of the page holding each of the publication's policies. */
  policies?: Partial<Record<PolicyKind, string>>
}
