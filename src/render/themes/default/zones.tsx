import type { CardContext, ZoneView } from '../../views.js'
import type { CardSize } from './cards.js'
import { StoryCard } from './cards.js'

/**
 * How many stories of a grid zone keep their picture above the headline on wide screens; the
 * rest are compact. On phones every card but a lead is compact (style.ts).
 */
const featured = 1

/**
 * One zone: a lead draws its first story large and the rest beside it compact, "latest" is a list
 * of headlines with their times, opinion a row of columns, and the rest a featured story with
 * compact ones beside it.
 */
function Zone({ ctx, zone }: { ctx: CardContext; zone: ZoneView }) {
  const { site } = ctx
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
  const cards = (size: (i: number) => CardSize, level: 2 | 3 = 3) =>
    zone.items.map((a, i) => <StoryCard ctx={ctx} article={a} size={size(i)} level={level} />)
  if (zone.kind === 'lead') {
    const [first, ...rest] = zone.items
    return (
      <section class="lead" {...label}>
        {heading}
        {first !== undefined && <StoryCard ctx={ctx} article={first} size="lead" level={2} />}
        {rest.length > 0 && (
          <div class="subleads">
            {rest.map((a) => (
              <StoryCard ctx={ctx} article={a} size="compact" level={2} />
            ))}
          </div>
        )}
      </section>
    )
  }
  if (zone.kind === 'latest')
    return (
      <section class="latest" {...label}>
        {heading}
        {cards(() => 'text')}
      </section>
    )
  if (zone.kind === 'opinion')
    return (
      <section class="section-block zone-opinion" {...label}>
        {heading}
        <div class="columns">{cards(() => 'compact')}</div>
      </section>
    )
  const first = zone.items.slice(0, featured)
  const rest = zone.items.slice(featured)
  return (
    <section class={`section-block zone-${zone.kind}`} {...label}>
      {heading}
      <div class={rest.length === 0 ? 'zone-grid zone-single' : 'zone-grid'}>
        <div class="zone-featured">
          {first.map((a) => (
            <StoryCard ctx={ctx} article={a} size="normal" />
          ))}
        </div>
        {rest.length > 0 && (
          <div class="zone-rest">
            {rest.map((a) => (
              <StoryCard ctx={ctx} article={a} size="compact" />
            ))}
          </div>
        )}
      </div>
    </section>
  )
}

/**
 * A front's zones in order; a lead followed by "latest" share the top row, as a paper's front
 * sets its lead beside the briefs.
 */
export function Zones({ ctx, zones }: { ctx: CardContext; zones: ZoneView[] }) {
  const [first, second, ...rest] = zones
  if (first?.kind === 'lead' && second?.kind === 'latest')
    return (
      <>
        <div class="front">
          <Zone ctx={ctx} zone={first} />
          <Zone ctx={ctx} zone={second} />
        </div>
        {rest.map((zone) => (
          <Zone ctx={ctx} zone={zone} />
        ))}
      </>
    )
  return (
    <>
      {zones.map((zone) => (
        <Zone ctx={ctx} zone={zone} />
      ))}
    </>
  )
}
