import type { CardContext, ListView } from '../../views.js'
import { StoryCard } from './cards.js'
import { Zones } from './zones.js'

/** How many stories stand beside a section page's lead, compact: with the lead, six, so the twenty of a page leave an even number for the two-column list. */
const besideLead = 5

/**
 * The stories of a section, tag or author page across the page's width: a section's first page
 * leads with its newest story and sets the next ones beside it (unless its front has zones), and
 * the rest follow as a list in two columns on wide screens.
 */
export function ListBody({ view, ctx }: { view: ListView; ctx: CardContext }) {
  const opensWithLead =
    view.kind === 'section' && view.page === 1 && view.zones.length === 0 && view.items.length > 2
  const [lead, ...others] = view.items
  const beside = opensWithLead ? others.slice(0, besideLead) : []
  const rest = opensWithLead ? others.slice(besideLead) : view.items
  return (
    <>
      <Zones ctx={ctx} zones={view.zones} />
      {opensWithLead && lead !== undefined && (
        <div class="front section-front">
          <section class="lead" aria-label="Top story">
            <StoryCard ctx={ctx} article={lead} size="lead" level={2} />
          </section>
          <section class="beside-lead" aria-label="Also in the news">
            {beside.map((a) => (
              <StoryCard ctx={ctx} article={a} size="compact" level={2} />
            ))}
          </section>
        </div>
      )}
      {rest.length > 0 && (
        <section class="list" aria-label={opensWithLead ? 'More stories' : 'Stories'}>
          {rest.map((a) => (
            <StoryCard ctx={ctx} article={a} level={2} />
          ))}
        </section>
      )}
    </>
  )
}

/** Links to a section's sub-sections, under its name. */
export function Subsections({ view }: { view: ListView }) {
  if (view.subsections.length === 0) return null
  return (
    <nav class="subsections" aria-label={`Sections in ${view.name}`}>
      <ul>
        {view.subsections.map((s) => (
          <li>
            <a href={view.site.links.sectionPath(s.slug)}>{s.name}</a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
