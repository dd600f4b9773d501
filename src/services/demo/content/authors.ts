import type { DemoAuthor } from '../types.js'

/** Three staff bylines with newsroom accounts, and one wire service without a login. */
export const authors: DemoAuthor[] = [
  {
    slug: 'imogen-thorne',
    name: 'Imogen Thorne',
    bio: 'Imogen Thorne is the Courier’s news editor and has reported on Kestrel Bay for fifteen years, starting on the night desk. She writes a weekly column on the city and leads the paper’s coverage of housing and the harbour.',
    isWire: false,
    login: { email: 'imogen.thorne@courier.example', role: 'editor' },
    links: [{ label: 'Newsletter', url: 'https://example.org/courier/newsletters/thorne' }],
    portrait: { background: '#1f4e5f', skin: '#e8c4a8', hair: '#7a3b1d', shirt: '#d9e4dd' },
  },
  {
    slug: 'callum-reyes',
    name: 'Callum Reyes',
    bio: 'Callum Reyes is the Courier’s local democracy reporter, covering the city council, transport and the courts. On Saturdays he can usually be found in the press box at Saltings Park.',
    isWire: false,
    login: { email: 'callum.reyes@courier.example', role: 'author' },
    portrait: { background: '#c96f3b', skin: '#b98460', hair: '#1c1a19', shirt: '#2d3e50' },
  },
  {
    slug: 'priya-halvorsen',
    name: 'Priya Halvorsen',
    bio: 'Priya Halvorsen writes about business, the port and the arts for the Courier. She joined the paper from a trade journal for the shipping industry and still reads cargo manifests for fun.',
    isWire: false,
    login: { email: 'priya.halvorsen@courier.example', role: 'author' },
    links: [{ label: 'Tips', url: 'https://example.org/courier/tips' }],
    portrait: { background: '#5b6c8f', skin: '#8d5a3b', hair: '#2b1b14', shirt: '#f2c14e' },
  },
  {
    slug: 'cpa',
    name: 'Coastal Press Agency',
    bio: 'The Coastal Press Agency is a cooperative news wire owned by regional newspapers. It supplies the Courier with national and international reporting.',
    isWire: true,
    links: [{ label: 'About the agency', url: 'https://example.org/cpa/about' }],
    portrait: { background: '#2e2e38', skin: '#d0d0d6', hair: '#2e2e38', shirt: '#e4572e' },
  },
]
