import type { DemoPublication } from '../types.js'
import { authors } from './authors.js'
import { sections } from './sections.js'
import { businessStories } from './stories-business.js'
import { localStories } from './stories-local.js'
import { moreLocalStories } from './stories-local-more.js'
import { nationalStories } from './stories-national.js'
import { opinionStories } from './stories-opinion.js'
import { sportCultureStories } from './stories-sport-culture.js'
import { worldStories } from './stories-world.js'

/**
 * The Kestrel Bay Courier: a fictional regional daily for an invented coastal city.
 * Every place, person, company and quotation in it is made up for Masthead’s demo.
 */
export const publication: DemoPublication = {
  title: 'The Kestrel Bay Courier',
  tagline: 'News from the bay, the valley and the world beyond the breakwater',
  locale: 'en-GB',
  timeZone: 'Europe/London',
  sections,
  authors,
  stories: [
    ...localStories,
    ...moreLocalStories,
    ...nationalStories,
    ...worldStories,
    ...businessStories,
    ...sportCultureStories,
    ...opinionStories,
  ],
}
