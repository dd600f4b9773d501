import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { articlePage } from '../../../src/render/themes/default/article.js'
import { fixture } from '../../support/fixtures.js'
import { legacyView } from './legacy-story-view.js'

describe('a story written before attributed reporting', () => {
  it('renders byte for byte as it did before (quotes, links, lists, embed, corrections)', () => {
    const before = readFileSync(fixture('legacy-story', 'article.html'), 'utf8')
    expect(articlePage(legacyView).toString('utf8')).toBe(before)
  })
})
