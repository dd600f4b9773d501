import type { Media } from '../../../domain/media.js'
import type { Author } from '../../../domain/taxonomy.js'
import { isHttpUrl } from '../../../domain/block-document.js'
import { Img } from '../../body-media.js'
import type { SiteView } from '../../views.js'

/** The line under a byline's name: its job, or what every byline without one is. */
export function jobLine(author: Author): string {
  return author.jobTitle ?? (author.isWire ? 'News agency' : 'Reporter')
}

/**
 * Initials in a circle where a byline has no photo, so an author box without one looks made,
 * not broken. Decorative: the name is beside it.
 */
export function Monogram({ name, size }: { name: string; size: 'small' | 'large' }) {
  const words = name.match(/[\p{L}\p{N}]+/gu) ?? []
  const initials = [words[0], words.length > 1 ? words[words.length - 1] : undefined]
    .map((w) => (w === undefined ? '' : [...w][0]?.toUpperCase()))
    .join('')
  return (
    <span class={`monogram monogram-${size}`} aria-hidden="true">
      {initials}
    </span>
  )
}

/** The box about each byline at the foot of a story: portrait or monogram, job, bio, links. */
export function AuthorBox({
  site,
  author,
  media,
}: {
  site: SiteView
  author: Author
  media: Map<string, Media>
}) {
  const photo = author.photoMediaId !== null ? media.get(author.photoMediaId) : undefined
  return (
    <aside class="author-box" aria-label={`About ${author.name}`}>
      {photo !== undefined ? (
        <Img info={site.links.image(photo, '1x1')} alt="" sizes="96px" />
      ) : (
        <Monogram name={author.name} size="small" />
      )}
      <div>
        <p class="author-name">
          <a href={site.links.authorPath(author.slug)}>{author.name}</a>
        </p>
        <p class="author-role">{jobLine(author)}</p>
        {author.bio !== '' && <p class="author-bio">{author.bio}</p>}
        <AuthorLinks author={author} />
      </div>
    </aside>
  )
}

/** A byline's areas of expertise and its links, on the author's page. */
export function AuthorDetails({ author }: { author: Author }) {
  return (
    <>
      {author.expertise.length > 0 && (
        <p class="author-expertise">Covers {author.expertise.join(', ')}</p>
      )}
      <AuthorLinks author={author} />
    </>
  )
}

/** The byline's own links (labelled) and its profiles elsewhere, as one list. */
function AuthorLinks({ author }: { author: Author }) {
  const seen = new Set<string>()
  // Only web links: a stored link is shown as given, so anything else is left out here.
  const links = [
    ...author.links,
    ...author.profileLinks.map((url) => ({ label: profileName(url), url })),
  ].filter((l) => isHttpUrl(l.url) && !seen.has(l.url) && seen.add(l.url))
  if (links.length === 0) return null
  return (
    <ul class="author-profiles" aria-label={`${author.name} elsewhere`}>
      {links.map((l) => (
        <li>
          <a href={l.url} rel="me noopener">
            {l.label}
          </a>
        </li>
      ))}
    </ul>
  )
}

/** A profile link as readers see it: its host and path, without the scheme or `www.`. */
function profileName(url: string): string {
  try {
    const u = new URL(url)
    const path = u.pathname === '/' ? '' : u.pathname.replace(/\/$/, '')
    return `${u.host.replace(/^www\./, '')}${path}`
  } catch {
    return url
  }
}
