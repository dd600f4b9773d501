import { isHttpUrl } from '../domain/block-document.js'
import { recogniseEmbed } from './embeds.js'
import type { Inlines } from './inlines.js'
import { hrefOf } from './inlines.js'
import type { ImageInfo } from './views.js'

/** A figure caption with its photo credit set apart. */
export function Caption({ caption, credit }: { caption: string; credit: string }) {
  if (caption === '' && credit === '') return null
  return (
    <figcaption>
      {caption !== '' && <span class="caption">{caption}</span>}
      {credit !== '' && <span class="credit">{credit}</span>}
    </figcaption>
  )
}

/** An `<img>` with intrinsic size (no layout shift), lazy unless it is the page's lead picture. */
export function Img({
  info,
  alt,
  sizes,
  eager = false,
}: {
  info: ImageInfo
  alt?: string
  sizes: string
  eager?: boolean
}) {
  const img = (
    <img
      src={info.src}
      srcset={info.srcset ?? undefined}
      sizes={info.srcset !== null ? sizes : undefined}
      width={info.width ?? undefined}
      height={info.height ?? undefined}
      alt={alt ?? info.alt}
      loading={eager ? undefined : 'lazy'}
      decoding="async"
    />
  )
  if (info.sources.length === 0) return img
  return (
    <picture>
      {info.sources.map((s) => (
        <source key={s.type} type={s.type} srcset={s.srcset} sizes={sizes} />
      ))}
      {img}
    </picture>
  )
}

/**
 * An allow-listed player in a frame shaped for it, a card naming the provider of a post we do not
 * frame (X, Instagram…), or a plain link for any other address.
 */
export function Embed({ url, rel: { rel } }: { url: string; rel: Inlines }) {
  const known = recogniseEmbed(url)
  const href = isHttpUrl(url) ? hrefOf(url) : null
  if (known?.kind === 'player')
    return (
      <figure class={`embed embed-${known.shape}`}>
        <iframe
          src={known.src}
          title={known.title}
          loading="lazy"
          allowFullScreen
          referrerpolicy="strict-origin-when-cross-origin"
        />
        <figcaption>
          <a href={href ?? known.src} rel={rel}>
            {known.title}
          </a>
        </figcaption>
      </figure>
    )
  if (href === null) return null
  if (known?.kind === 'card')
    return (
      <figure class="embed-card">
        <figcaption>{known.title}</figcaption>
        <a href={href} rel={rel}>
          {url}
        </a>
      </figure>
    )
  return (
    <p class="embed-link">
      <a href={href} rel={rel}>
        {url}
      </a>
    </p>
  )
}
