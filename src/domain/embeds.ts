/** Providers whose players we frame (the site and the newsroom editor share this list); anything else in an `embed` block renders as a plain link. */
const providers: {
  hosts: string[]
  title: string
  player: (url: URL) => string | null
}[] = [
  {
    hosts: ['www.youtube.com', 'youtube.com', 'm.youtube.com', 'youtu.be'],
    title: 'Video on YouTube',
    player: (url) => {
      const id = url.hostname === 'youtu.be' ? url.pathname.slice(1) : url.searchParams.get('v')
      return id !== null && /^[\w-]{6,20}$/.test(id)
        ? `https://www.youtube-nocookie.com/embed/${id}`
        : null
    },
  },
  {
    hosts: ['vimeo.com', 'www.vimeo.com'],
    title: 'Video on Vimeo',
    player: (url) => {
      const id = /^\/(\d{3,15})$/.exec(url.pathname)?.[1]
      return id !== undefined ? `https://player.vimeo.com/video/${id}` : null
    },
  },
]

/** Origins the page's Content-Security-Policy must allow in `frame-src`. */
export const embedOrigins = ['https://www.youtube-nocookie.com', 'https://player.vimeo.com']

/** The player URL and title for an allow-listed embed, or null. */
export function embedFor(raw: string): { src: string; title: string } | null {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return null
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null
  const provider = providers.find((p) => p.hosts.includes(url.hostname))
  const src = provider?.player(url) ?? null
  return provider !== undefined && src !== null ? { src, title: provider.title } : null
}
