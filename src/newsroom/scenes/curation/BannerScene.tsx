import { useSettings } from '../../api/queries'
import { Field } from '../../components/Field'
import { bannerDoc } from './curation-api'
import type { Banner } from './curation-api'
import { HistoryList } from './HistoryList'
import { SaveBar } from './SaveBar'
import { useCuratedDraft } from './useCuratedDraft'
import { ZonedTimeField } from './ZonedTimeField'
import { formatInZone } from '../editor/zoned-time'

const empty = { text: '', url: null, expiresAt: null }

/** The breaking-news banner on every public page: set it with a link and an end, or clear it. */
export function BannerScene() {
  const zone = useSettings().data?.timeZone ?? 'UTC'
  const draft = useCuratedDraft<Banner>(bannerDoc)
  const live = draft.saved?.value ?? null
  const form = draft.value ?? empty
  const change = (patch: Partial<NonNullable<Banner>>) => draft.edit({ ...form, ...patch })
  const isExpired = live?.expiresAt != null && Date.parse(live.expiresAt) <= Date.now()
  return (
    <div className="curation-columns">
      <div className="stack">
        <section className="panel" aria-labelledby="banner-live-title">
          <h2 id="banner-live-title" className="panel-title">
            On the site now
          </h2>
          {live === null || isExpired ? (
            <p>No banner is showing.</p>
          ) : (
            <div className="banner-live">
              <p className="banner-text">{live.text}</p>
              <p className="muted small">
                {live.url != null ? `Links to ${live.url}. ` : 'No link. '}
                {live.expiresAt != null
                  ? `Ends ${formatInZone(live.expiresAt, zone)}.`
                  : 'Shows until cleared.'}
              </p>
            </div>
          )}
        </section>
        <form
          className="panel stack"
          aria-labelledby="banner-edit-title"
          onSubmit={(e) => {
            e.preventDefault()
            void draft.save()
          }}
        >
          <h2 id="banner-edit-title" className="panel-title">
            Breaking-news banner
          </h2>
          <Field
            label="Banner text"
            maxLength={200}
            required
            value={form.text}
            hint="Up to 200 characters, on every public page."
            onChange={(e) => change({ text: e.target.value })}
          />
          <Field
            label="Link"
            value={form.url ?? ''}
            hint="A path on this site (/2026/06/10/story/) or an http(s) address; optional."
            onChange={(e) => change({ url: e.target.value === '' ? null : e.target.value })}
          />
          <ZonedTimeField
            label="Ends at"
            value={form.expiresAt ?? null}
            timeZone={zone}
            noneText="No end: it shows until someone clears it."
            onChange={(expiresAt) => change({ expiresAt })}
          />
          <SaveBar draft={draft} label="Set banner">
            <button
              type="button"
              className="button danger"
              disabled={live === null || draft.isBusy}
              onClick={() => void draft.save(null)}
            >
              Clear banner
            </button>
          </SaveBar>
        </form>
      </div>
      <HistoryList draft={draft} timeZone={zone} />
    </div>
  )
}
