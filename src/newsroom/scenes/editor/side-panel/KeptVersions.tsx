/** The versions set aside when two people saved at once, to copy from. */
import { useQuery } from '@tanstack/react-query'
import { keptVersions } from '../draft-store'
import { plainText } from '../fields'
import { PanelSection } from './PanelSection'

export function KeptVersions({ articleId, version }: { articleId: string; version: number }) {
  const kept = useQuery({
    queryKey: ['kept-versions', articleId, version],
    queryFn: () => keptVersions(articleId),
  })
  if ((kept.data ?? []).length === 0) return null
  return (
    <PanelSection title={`Kept versions (${kept.data?.length ?? 0})`}>
      <p className="field-hint">
        Versions set aside when two people saved at once. Copy what you need.
      </p>
      {(kept.data ?? []).map((v) => (
        <div key={v.id} className="kept">
          <p className="kept-label">
            {v.label} · {new Date(v.keptAt).toLocaleString()}
          </p>
          <textarea
            readOnly
            rows={5}
            aria-label={`${v.label}, kept ${new Date(v.keptAt).toLocaleString()}`}
            value={plainText(v.fields)}
          />
        </div>
      ))}
    </PanelSection>
  )
}
