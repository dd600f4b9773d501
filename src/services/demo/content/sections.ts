import type { DemoSection } from '../types.js'

/** The sections of The Kestrel Bay Courier; `parent` nests a section under another. */
export const sections: DemoSection[] = [
  {
    slug: 'news',
    name: 'News',
    description: 'The day’s most important stories from Kestrel Bay, the region and beyond.',
  },
  {
    slug: 'local',
    name: 'Local',
    description: 'Streets, schools, hospitals and neighbourhoods across Kestrel Bay and Kessdale.',
    parent: 'news',
  },
  {
    slug: 'politics',
    name: 'Politics',
    description: 'The city council, the county hall and the decisions made in your name.',
    parent: 'news',
  },
  {
    slug: 'courts',
    name: 'Courts',
    description: 'Reports from the magistrates’ and crown courts that sit in Kestrel Bay.',
    parent: 'news',
  },
  {
    slug: 'environment',
    name: 'Environment',
    description: 'Weather, flooding, the coastline and the water we swim in.',
    parent: 'news',
  },
  {
    slug: 'world',
    name: 'World',
    description: 'International news from our correspondents and the Coastal Press Agency.',
  },
  {
    slug: 'business',
    name: 'Business',
    description: 'The port, the high street and the companies that employ the region.',
  },
  {
    slug: 'sport',
    name: 'Sport',
    description: 'Kestrel Bay Athletic, the rowing club and grassroots sport across the bay.',
  },
  {
    slug: 'culture',
    name: 'Culture',
    description: 'Theatre, music, festivals and the arts on the coast.',
  },
  {
    slug: 'books',
    name: 'Books',
    description: 'New writing from the region, reviews and the bookshops that sell it.',
    parent: 'culture',
  },
  {
    slug: 'opinion',
    name: 'Opinion',
    description: 'Columns, leaders and arguments from the Courier and its readers.',
  },
]
