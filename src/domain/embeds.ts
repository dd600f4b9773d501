/**
 * The embed allow-list, shared by the site and the newsroom editor. A provider either has a
 * player we frame (built only from the ids we parse out of the address, never from the address
 * itself), or is shown as a card naming the provider with a link, because its posts cannot be
 * framed without running the provider's script on our pages (X, Instagram, Bluesky, Mastodon).
 * Any other address in an `embed` block renders as a plain link.
 * @module
 */

/** How a player's frame is shaped on the page (each has a class in the site's stylesheet). */
type EmbedShape = 'video' | 'audio' | 'playlist' | 'map' | 'document' | 'chart'

/** An address the allow-list knows: a player to frame, or a card for a post. */
type KnownEmbed =
  | { kind: 'player'; provider: string; title: string; src: string; shape: EmbedShape }
  | { kind: 'card'; provider: string; title: string }

interface Player {
  src: string
  shape: EmbedShape
  /** What is framed, as in “Video on YouTube”. */
  noun: string
}

interface Provider {
  name: string
  /** Hosts whose addresses this provider answers for; null: any host (Mastodon's instances). */
  hosts: readonly string[] | null
  /** The origin of the player's frame, for the Content-Security-Policy's `frame-src`. */
  origin?: string
  player?: (url: URL) => Player | null
  /** For providers shown as a card: what their addresses look like, and what they are. */
  card?: (url: URL) => string | null
}

const segments = (url: URL): string[] => url.pathname.split('/').filter((s) => s !== '')
const match = (pattern: RegExp, value: string | null | undefined): string | null =>
  value != null && pattern.test(value) ? value : null

const youtubeId = /^[\w-]{11}$/

function youtube(url: URL): Player | null {
  const [first, second] = segments(url)
  const id =
    url.hostname === 'youtu.be'
      ? first
      : first === 'watch'
        ? url.searchParams.get('v')
        : first === 'shorts' || first === 'embed' || first === 'live'
          ? second
          : null
  const valid = match(youtubeId, id)
  return valid === null
    ? null
    : { src: `https://www.youtube-nocookie.com/embed/${valid}`, shape: 'video', noun: 'Video' }
}

function vimeo(url: URL): Player | null {
  const path = segments(url)
  const id = match(/^\d{3,15}$/, url.hostname === 'player.vimeo.com' ? path[1] : path[0])
  const fits =
    url.hostname === 'player.vimeo.com'
      ? path[0] === 'video' && path.length === 2
      : path.length === 1
  return id === null || !fits
    ? null
    : { src: `https://player.vimeo.com/video/${id}`, shape: 'video', noun: 'Video' }
}

const spotifyKinds: Record<string, { noun: string; shape: EmbedShape }> = {
  track: { noun: 'Track', shape: 'audio' },
  episode: { noun: 'Episode', shape: 'audio' },
  album: { noun: 'Album', shape: 'playlist' },
  playlist: { noun: 'Playlist', shape: 'playlist' },
  show: { noun: 'Podcast', shape: 'playlist' },
  artist: { noun: 'Artist', shape: 'playlist' },
}

function spotify(url: URL): Player | null {
  // Links shared from a localised app carry a prefix: /intl-de/track/…
  const path = segments(url).filter((s, i) => !(i === 0 && /^intl-[a-z-]{2,8}$/.test(s)))
  const [type, rawId, ...rest] = path[0] === 'embed' ? path.slice(1) : path
  const kind = type !== undefined && Object.hasOwn(spotifyKinds, type) ? spotifyKinds[type] : null
  const id = match(/^[A-Za-z0-9]{22}$/, rawId)
  if (kind == null || id === null || rest.length > 0) return null
  return { src: `https://open.spotify.com/embed/${type}/${id}`, shape: kind.shape, noun: kind.noun }
}

function soundcloud(url: URL): Player | null {
  const path = segments(url)
  const part = /^[\w-]{1,100}$/
  const isTrack = path.length === 2 && path[1] !== 'sets'
  const isSet = path.length === 3 && path[1] === 'sets'
  if (!(isTrack || isSet) || !path.every((s) => part.test(s))) return null
  const page = `https://soundcloud.com/${path.join('/')}`
  return {
    src: `https://w.soundcloud.com/player/?url=${encodeURIComponent(page)}`,
    shape: isSet ? 'playlist' : 'audio',
    noun: isSet ? 'Playlist' : 'Track',
  }
}

function googleMaps(url: URL): Player | null {
  const path = segments(url).join('/')
  // The address Google's “Embed a map” gives (its `pb` is opaque), or a My Maps map.
  const pb =
    path === 'maps/embed' ? match(/^[\w!.:*-]{10,2000}$/, url.searchParams.get('pb')) : null
  if (pb !== null)
    return {
      src: `https://www.google.com/maps/embed?pb=${encodeURIComponent(pb)}`,
      shape: 'map',
      noun: 'Map',
    }
  const isMyMap = path === 'maps/d/embed' || path === 'maps/d/viewer' || path === 'maps/d/edit'
  const mid = isMyMap ? match(/^[\w-]{10,100}$/, url.searchParams.get('mid')) : null
  return mid === null
    ? null
    : { src: `https://www.google.com/maps/d/embed?mid=${mid}`, shape: 'map', noun: 'Map' }
}

function documentCloud(url: URL): Player | null {
  const [first, slug, ...rest] = segments(url)
  const id = match(/^\d{1,12}(-[a-z0-9-]{1,200})?$/, slug)
  if (first !== 'documents' || id === null || rest.length > 0) return null
  return {
    src: `https://embed.documentcloud.org/documents/${id}/?embed=1`,
    shape: 'document',
    noun: 'Document',
  }
}

function datawrapper(url: URL): Player | null {
  const path = segments(url)
  const chartId = /^[A-Za-z0-9]{5}$/
  const id =
    url.hostname === 'datawrapper.dwcdn.net'
      ? path.length <= 2 && (path[1] === undefined || /^\d{1,4}$/.test(path[1]))
        ? match(chartId, path[0])
        : null
      : path[0] === '_' && path.length === 2
        ? match(chartId, path[1])
        : null
  return id === null
    ? null
    : { src: `https://datawrapper.dwcdn.net/${id}/`, shape: 'chart', noun: 'Chart' }
}

const providers: readonly Provider[] = [
  {
    name: 'YouTube',
    hosts: [
      'www.youtube.com',
      'youtube.com',
      'm.youtube.com',
      'youtu.be',
      'www.youtube-nocookie.com',
    ],
    origin: 'https://www.youtube-nocookie.com',
    player: youtube,
  },
  {
    name: 'Vimeo',
    hosts: ['vimeo.com', 'www.vimeo.com', 'player.vimeo.com'],
    origin: 'https://player.vimeo.com',
    player: vimeo,
  },
  {
    name: 'Spotify',
    hosts: ['open.spotify.com'],
    origin: 'https://open.spotify.com',
    player: spotify,
  },
  {
    name: 'SoundCloud',
    hosts: ['soundcloud.com', 'www.soundcloud.com', 'm.soundcloud.com'],
    origin: 'https://w.soundcloud.com',
    player: soundcloud,
  },
  {
    name: 'Google Maps',
    hosts: ['www.google.com', 'google.com', 'maps.google.com'],
    origin: 'https://www.google.com',
    player: googleMaps,
    card: (url) => (/^\/maps(\/|$)/.test(url.pathname) ? 'Map' : null),
  },
  {
    name: 'DocumentCloud',
    hosts: ['www.documentcloud.org', 'documentcloud.org', 'embed.documentcloud.org'],
    origin: 'https://embed.documentcloud.org',
    player: documentCloud,
  },
  {
    name: 'Datawrapper',
    hosts: ['datawrapper.dwcdn.net', 'www.datawrapper.de', 'datawrapper.de'],
    origin: 'https://datawrapper.dwcdn.net',
    player: datawrapper,
  },
  {
    name: 'X',
    hosts: ['x.com', 'www.x.com', 'twitter.com', 'www.twitter.com', 'mobile.twitter.com'],
    card: (url) => (/^\/\w{1,15}\/status\/\d{1,20}\/?$/.test(url.pathname) ? 'Post' : null),
  },
  {
    name: 'Instagram',
    hosts: ['www.instagram.com', 'instagram.com'],
    card: (url) => (/^\/(p|reel|tv)\/[\w-]{5,40}\/?$/.test(url.pathname) ? 'Post' : null),
  },
  {
    name: 'Bluesky',
    hosts: ['bsky.app'],
    card: (url) =>
      /^\/profile\/[\w.:-]{3,253}\/post\/[a-z0-9]{10,20}\/?$/.test(url.pathname) ? 'Post' : null,
  },
  {
    // Any instance: a post's address has the same shape everywhere (/@user/123…).
    name: 'Mastodon',
    hosts: null,
    card: (url) =>
      /^\/@\w{1,30}(@[\w.-]{1,253})?\/\d{6,20}\/?$/.test(url.pathname) ? 'Post' : null,
  },
]

/** Origins the site's Content-Security-Policy must allow in `frame-src`. */
export const embedOrigins: readonly string[] = providers.flatMap((p) =>
  p.origin !== undefined ? [p.origin] : [],
)

/** The providers' names, players first, for help texts. */
export const embedProviders = {
  players: providers.filter((p) => p.player !== undefined).map((p) => p.name),
  cards: providers.filter((p) => p.player === undefined).map((p) => p.name),
} as const

/** A plain http(s) address: no credentials, no port. */
function parse(raw: string): URL | null {
  if (!URL.canParse(raw.trim())) return null
  const url = new URL(raw.trim())
  const plain = url.username === '' && url.password === '' && url.port === ''
  return (url.protocol === 'https:' || url.protocol === 'http:') && plain ? url : null
}

/** What the allow-list makes of an address: a player, a card for a post, or null (a link). */
export function recogniseEmbed(raw: string): KnownEmbed | null {
  const url = parse(raw)
  if (url === null) return null
  // A host that belongs to a provider is that provider's alone; other hosts may be Mastodon's.
  const own = providers.filter((p) => p.hosts?.includes(url.hostname) === true)
  for (const p of own.length > 0 ? own : providers.filter((p) => p.hosts === null)) {
    const player = p.player?.(url) ?? null
    if (player !== null)
      return {
        kind: 'player',
        provider: p.name,
        title: `${player.noun} on ${p.name}`,
        src: player.src,
        shape: player.shape,
      }
    const noun = p.card?.(url) ?? null
    if (noun !== null) return { kind: 'card', provider: p.name, title: `${noun} on ${p.name}` }
  }
  return null
}

/** The player URL, title and shape for an allow-listed player, or null. */
export function embedFor(raw: string): { src: string; title: string; shape: EmbedShape } | null {
  const known = recogniseEmbed(raw)
  return known?.kind === 'player'
    ? { src: known.src, title: known.title, shape: known.shape }
    : null
}

/** A provider name for an embed URL: the host without `www.` and its last label. */
export function providerOf(url: string): string {
  try {
    const host = new URL(url).hostname.replace(/^www\./, '')
    return host.split('.').slice(0, -1).join('.') || host
  } catch {
    return ''
  }
}
