import type { Media } from '../../../domain/media.js'
import type { SiteView, ZoneView } from '../../views.js'
import { StoryCard } from './parts.js'

/** One zone: a lead draws its story large, "latest" as a compact list, the rest as a grid. */
function Zone({
  site,
  zone,
  media,
}: {
  site: SiteView
  zone: ZoneView
  media: Map<string, Media>
}) {
  const id = `z-${zone.id}`
  const heading =
    zone.title === null ? null : (
      <h2 id={id} class="rule-title">
        {zone.section !== null ? (
          <a href={site.links.sectionPath(zone.section.slug)}>{zone.title}</a>
        ) : (
          zone.title
        )}
      </h2>
    )
  const label = zone.title === null ? { 'aria-label': 'Top story' } : { 'aria-labelledby': id }
  if (zone.kind === 'lead')
    return (
      <section class="lead" {...label}>
        {heading}
        {zone.items.map((a, i) => (
          <StoryCard
            site={site}
            article={a}
            media={media}
            size={i === 0 ? 'lead' : 'compact'}
            level={2}
          />
        ))}
      </section>
    )
  if (zone.kind === 'latest')
    return (
      <section class="latest" {...label}>
        {heading}
        {zone.items.map((a) => (
          <StoryCard site={site} article={a} media={media} size="compact" />
        ))}
      </section>
    )
  return (
    <section class={`section-block zone-${zone.kind}`} {...label}>
      {heading}
      <div class="grid">
        {zone.items.map((a) => (
          <StoryCard site={site} article={a} media={media} />
        ))}
      </div>
    </section>
  )
}

/**
 * A front's zones in order; a lead followed by "latest" share the top row, as a paper's front
 * sets its lead beside the briefs.
 */
export function Zones({
  site,
  zones,
  media,
}: {
  site: SiteView
  zones: ZoneView[]
  media: Map<string, Media>
}) {
  const [first, second, ...rest] = zones
  if (first?.kind === 'lead' && second?.kind === 'latest')
    return (
      <>
        <div class="front">
          <Zone site={site} zone={first} media={media} />
          <Zone site={site} zone={second} media={media} />
        </div>
        {rest.map((zone) => (
          <Zone site={site} zone={zone} media={media} />
        ))}
      </>
    )
  return (
    <>
      {zones.map((zone) => (
        <Zone site={site} zone={zone} media={media} />
      ))}
    </>
  )
}
