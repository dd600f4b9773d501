import { describe, expect, it } from 'vitest'
import { embedFor, embedOrigins, embedProviders, recogniseEmbed } from '../../src/domain/embeds.js'

const spotifyId = '4uLU6hMCjMI75M1A2tKUQC'

describe('embed players', () => {
  it.each([
    [
      'a YouTube watch page',
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42',
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
      'Video on YouTube',
      'video',
    ],
    [
      'a youtu.be short link',
      'https://youtu.be/dQw4w9WgXcQ?si=abc',
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
      'Video on YouTube',
      'video',
    ],
    [
      'a YouTube Short',
      'https://youtube.com/shorts/dQw4w9WgXcQ',
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
      'Video on YouTube',
      'video',
    ],
    [
      'an imported YouTube player',
      'https://www.youtube.com/embed/dQw4w9WgXcQ?feature=oembed',
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
      'Video on YouTube',
      'video',
    ],
    [
      'a Vimeo page',
      'https://vimeo.com/76979871',
      'https://player.vimeo.com/video/76979871',
      'Video on Vimeo',
      'video',
    ],
    [
      'a Vimeo player',
      'https://player.vimeo.com/video/76979871',
      'https://player.vimeo.com/video/76979871',
      'Video on Vimeo',
      'video',
    ],
    [
      'a Spotify track',
      `https://open.spotify.com/track/${spotifyId}?si=x`,
      `https://open.spotify.com/embed/track/${spotifyId}`,
      'Track on Spotify',
      'audio',
    ],
    [
      'a localised Spotify episode',
      `https://open.spotify.com/intl-de/episode/${spotifyId}`,
      `https://open.spotify.com/embed/episode/${spotifyId}`,
      'Episode on Spotify',
      'audio',
    ],
    [
      'a Spotify playlist',
      `https://open.spotify.com/playlist/${spotifyId}`,
      `https://open.spotify.com/embed/playlist/${spotifyId}`,
      'Playlist on Spotify',
      'playlist',
    ],
    [
      'a SoundCloud track',
      'https://soundcloud.com/kestrel-radio/harbour-night',
      'https://w.soundcloud.com/player/?url=https%3A%2F%2Fsoundcloud.com%2Fkestrel-radio%2Fharbour-night',
      'Track on SoundCloud',
      'audio',
    ],
    [
      'a SoundCloud set',
      'https://soundcloud.com/kestrel-radio/sets/council-week',
      'https://w.soundcloud.com/player/?url=https%3A%2F%2Fsoundcloud.com%2Fkestrel-radio%2Fsets%2Fcouncil-week',
      'Playlist on SoundCloud',
      'playlist',
    ],
    [
      'a Google Maps embed',
      'https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d2482.9!2d-0.12!3d51.5!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1!3m3!1m2!1s0x0%3A0x0!2sPier!5e0!3m2!1sen!2suk!4v1700000000000',
      'https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d2482.9!2d-0.12!3d51.5!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1!3m3!1m2!1s0x0%3A0x0!2sPier!5e0!3m2!1sen!2suk!4v1700000000000',
      'Map on Google Maps',
      'map',
    ],
    [
      'a My Maps map',
      'https://www.google.com/maps/d/viewer?mid=1AbCdEfGhIjKlMnOp&ll=1,2',
      'https://www.google.com/maps/d/embed?mid=1AbCdEfGhIjKlMnOp',
      'Map on Google Maps',
      'map',
    ],
    [
      'a DocumentCloud document',
      'https://www.documentcloud.org/documents/20059068-budget-2026',
      'https://embed.documentcloud.org/documents/20059068-budget-2026/?embed=1',
      'Document on DocumentCloud',
      'document',
    ],
    [
      'a Datawrapper chart',
      'https://datawrapper.dwcdn.net/Ab1Cd/3/',
      'https://datawrapper.dwcdn.net/Ab1Cd/',
      'Chart on Datawrapper',
      'chart',
    ],
    [
      'a Datawrapper share link',
      'https://www.datawrapper.de/_/Ab1Cd/',
      'https://datawrapper.dwcdn.net/Ab1Cd/',
      'Chart on Datawrapper',
      'chart',
    ],
  ])('frames %s', (_name, url, src, title, shape) => {
    expect(embedFor(url)).toEqual({ src, title, shape })
  })

  it('lists every player’s origin for the Content-Security-Policy, each once', () => {
    expect([...embedOrigins].sort()).toEqual([
      'https://datawrapper.dwcdn.net',
      'https://embed.documentcloud.org',
      'https://open.spotify.com',
      'https://player.vimeo.com',
      'https://w.soundcloud.com',
      'https://www.google.com',
      'https://www.youtube-nocookie.com',
    ])
    for (const url of [
      'https://youtu.be/dQw4w9WgXcQ',
      'https://soundcloud.com/a/b',
      'https://www.datawrapper.de/_/Ab1Cd/',
    ])
      expect(embedOrigins).toContain(new URL(embedFor(url)?.src ?? '').origin)
  })
})

describe('posts shown as cards', () => {
  it.each([
    ['a post on X', 'https://x.com/kestrelcourier/status/1790000000000000001', 'X'],
    ['a post on Twitter', 'https://twitter.com/kestrelcourier/status/1790000000000000001', 'X'],
    ['an Instagram post', 'https://www.instagram.com/p/C4bXyZ12aB/', 'Instagram'],
    [
      'a Bluesky post',
      'https://bsky.app/profile/courier.bsky.social/post/3kq2abcdefg2x',
      'Bluesky',
    ],
    ['a Mastodon post', 'https://mastodon.social/@courier/112233445566778899', 'Mastodon'],
    [
      'a Google Maps place',
      'https://www.google.com/maps/place/Harbour+Pier/@51.5,-0.1,17z',
      'Google Maps',
    ],
    [
      'a Google Maps embed whose pb is markup (not framed)',
      'https://www.google.com/maps/embed?pb=%22%3E%3Cscript%3E',
      'Google Maps',
    ],
  ])('names %s', (_name, url, provider) => {
    expect(recogniseEmbed(url)).toMatchObject({ kind: 'card', provider })
    expect(embedFor(url)).toBeNull()
  })

  it('lists the providers for help texts', () => {
    expect(embedProviders.players).toContain('Spotify')
    expect(embedProviders.cards).toEqual(['X', 'Instagram', 'Bluesky', 'Mastodon'])
  })
})

describe('addresses that are neither', () => {
  it.each([
    ['not a URL', 'youtube dQw4w9WgXcQ'],
    ['a javascript: URL', 'javascript:alert(1)//https://youtu.be/dQw4w9WgXcQ'],
    ['a data: URL', 'data:text/html,<script>alert(1)</script>'],
    ['an ftp URL', 'ftp://youtube.com/watch?v=dQw4w9WgXcQ'],
    ['a look-alike host', 'https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ'],
    ['a host ending like one', 'https://evilyoutube.com/watch?v=dQw4w9WgXcQ'],
    ['credentials before the host', 'https://youtube.com@evil.example/watch?v=dQw4w9WgXcQ'],
    ['user info on the real host', 'https://me:pw@www.youtube.com/watch?v=dQw4w9WgXcQ'],
    ['a port', 'https://www.youtube.com:8443/watch?v=dQw4w9WgXcQ'],
    ['a YouTube id too short', 'https://www.youtube.com/watch?v=abc'],
    ['a YouTube id with markup', 'https://www.youtube.com/watch?v=abc"><scrip'],
    ['a YouTube channel', 'https://www.youtube.com/c/KestrelCourier'],
    ['a YouTube watch page without an id', 'https://www.youtube.com/watch'],
    ['a Vimeo id with letters', 'https://vimeo.com/12345abc'],
    ['a Vimeo page below an id', 'https://vimeo.com/76979871/settings'],
    ['a Spotify id too short', 'https://open.spotify.com/track/abc'],
    ['a Spotify user', `https://open.spotify.com/user/${spotifyId}`],
    ['a Spotify id with a path after it', `https://open.spotify.com/track/${spotifyId}/x`],
    ['a SoundCloud profile', 'https://soundcloud.com/kestrel-radio'],
    ['a SoundCloud path with encoded markup', 'https://soundcloud.com/a/%22%3E%3Cscript%3E'],
    ['a Google search', 'https://www.google.com/search?q=harbour'],
    ['a DocumentCloud page that is not a document', 'https://www.documentcloud.org/app?q=x'],
    ['a DocumentCloud slug with markup', 'https://www.documentcloud.org/documents/1-%3Cb%3E'],
    ['a Datawrapper id too long', 'https://datawrapper.dwcdn.net/Ab1Cd9/'],
    ['an X profile', 'https://x.com/kestrelcourier'],
    ['an Instagram profile', 'https://www.instagram.com/kestrelcourier/'],
    ['a post-shaped path on an allow-listed host', 'https://x.com/@someone/112233445566778899'],
    ['any other site', 'https://example.org/video/12345'],
  ])('%s is a plain link', (_name, url) => {
    expect(recogniseEmbed(url)).toBeNull()
    expect(embedFor(url)).toBeNull()
  })
})
