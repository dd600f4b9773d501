import { Link } from 'wouter'
import { isEditor, useSession } from '../../auth/session'
import { BannerScene } from './BannerScene'
import { FrontsScene } from './FrontsScene'
import { MenusScene } from './MenusScene'
import './curation.css'

export type CurationArea = 'fronts' | 'menus' | 'banner'

const areas: { area: CurationArea; title: string; lede: string }[] = [
  {
    area: 'fronts',
    title: 'Fronts',
    lede: 'What leads the home page and each section, and in which order.',
  },
  { area: 'menus', title: 'Menus', lede: 'The main navigation, the secondary row and the footer.' },
  {
    area: 'banner',
    title: 'Breaking banner',
    lede: 'A short notice at the top of every public page.',
  },
]

/**
 * The curation screens (their own chunk): fronts, menus and the breaking-news banner, for
 * editors and admins; the server refuses the others whatever this screen shows.
 */
export function CurationScene({ area }: { area: CurationArea }) {
  const { user } = useSession()
  const current = areas.find((a) => a.area === area) ?? areas[0]
  if (!isEditor(user ?? null))
    return (
      <section className="scene narrow" aria-labelledby="curation-title">
        <h1 id="curation-title">Not allowed</h1>
        <p role="alert" className="alert">
          Fronts, menus and the breaking banner are changed by editors and admins. Ask an editor if
          something on the site needs to change.
        </p>
      </section>
    )
  return (
    <section className="scene curation" aria-labelledby="curation-title">
      <div className="scene-head">
        <div>
          <h1 id="curation-title">{current?.title}</h1>
          <p className="muted">{current?.lede}</p>
        </div>
        <nav aria-label="Curation" className="curation-tabs">
          {areas.map((a) => (
            <Link
              key={a.area}
              href={`/${a.area}`}
              className="nav-link"
              aria-current={a.area === area ? 'page' : undefined}
            >
              {a.title}
            </Link>
          ))}
        </nav>
      </div>
      {area === 'fronts' && <FrontsScene />}
      {area === 'menus' && <MenusScene />}
      {area === 'banner' && <BannerScene />}
    </section>
  )
}
