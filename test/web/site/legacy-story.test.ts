import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { articlePage } from '../../../src/render/themes/default/article.js'
import { fixture } from '../../support/fixtures.js'
import { legacyView } from './legacy-story-view.js'

describe('a story written before attributed reporting', () => {
  // The story itself, from its header to its topics: the masthead, footer and author box around
  // it are the theme's chrome, which changes with the publication's identity (docs/theming.md).
  const story = (html: string) =>
    html.slice(
      html.indexOf('<header class="article-header">'),
      html.indexOf('<aside class="author-box"'),
    )

  it('renders byte for byte as it did before (quotes, links, lists, embed, corrections)', () => {
    const before = story(readFileSync(fixture('legacy-story', 'article.html'), 'utf8'))
    expect(before).toContain('class="corrections"')
    expect(story(articlePage(legacyView).toString('utf8'))).toBe(before)
  })
})
