import { useId } from 'react'
import { useSections, useTags } from '../../api/queries'
import type { ZoneJson } from '../../api/types'

type Rule = ZoneJson['rule']
const kinds: ZoneJson['kind'][] = ['lead', 'top', 'latest', 'section', 'opinion', 'block']
const sources: { value: Rule['source']; text: string }[] = [
  { value: 'latest', text: 'Newest stories' },
  { value: 'section', text: 'Newest in a section' },
  { value: 'tag', text: 'Newest with a tag' },
  { value: 'workType', text: 'Newest of a type of work' },
  { value: 'none', text: 'Pins only' },
]

/** A zone's look, heading, size and rule: where its stories come from after its pins. */
export function ZoneRuleFields({
  zone,
  onChange,
}: {
  zone: ZoneJson
  onChange: (zone: ZoneJson) => void
}) {
  const id = useId()
  const sections = useSections().data?.items ?? []
  const tags = useTags().data?.items ?? []
  const { rule } = zone
  const ruleFor = (source: Rule['source']): Rule => {
    if (source === 'section') return { source, sectionId: sections[0]?.id ?? '' }
    if (source === 'tag') return { source, tagId: tags[0]?.id ?? '' }
    if (source === 'workType') return { source, workType: 'opinion' }
    return { source }
  }
  return (
    <div className="curation-rule">
      <div className="field">
        <label htmlFor={`${id}-title`}>Heading</label>
        <input
          id={`${id}-title`}
          value={zone.title ?? ''}
          placeholder="None (or the section's name)"
          onChange={(e) =>
            onChange({ ...zone, title: e.target.value === '' ? null : e.target.value })
          }
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-kind`}>Look</label>
        <select
          id={`${id}-kind`}
          value={zone.kind}
          onChange={(e) => onChange({ ...zone, kind: e.target.value as ZoneJson['kind'] })}
        >
          {kinds.map((k) => (
            <option key={k}>{k}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-max`}>Stories at most</label>
        <input
          id={`${id}-max`}
          type="number"
          min={1}
          max={24}
          value={zone.max}
          onChange={(e) =>
            onChange({ ...zone, max: Math.max(1, Math.min(24, Number(e.target.value) || 1)) })
          }
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-source`}>Then fill with</label>
        <select
          id={`${id}-source`}
          value={rule.source}
          onChange={(e) => onChange({ ...zone, rule: ruleFor(e.target.value as Rule['source']) })}
        >
          {sources.map((s) => (
            <option key={s.value} value={s.value}>
              {s.text}
            </option>
          ))}
        </select>
      </div>
      {rule.source === 'section' && (
        <div className="field">
          <label htmlFor={`${id}-section`}>Section</label>
          <select
            id={`${id}-section`}
            value={rule.sectionId}
            onChange={(e) => onChange({ ...zone, rule: { ...rule, sectionId: e.target.value } })}
          >
            {sections.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {rule.source === 'tag' && (
        <div className="field">
          <label htmlFor={`${id}-tag`}>Tag</label>
          <select
            id={`${id}-tag`}
            value={rule.tagId}
            onChange={(e) => onChange({ ...zone, rule: { ...rule, tagId: e.target.value } })}
          >
            {tags.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {rule.source === 'workType' && (
        <div className="field">
          <label htmlFor={`${id}-work`}>Type of work</label>
          <input
            id={`${id}-work`}
            value={rule.workType}
            onChange={(e) => onChange({ ...zone, rule: { ...rule, workType: e.target.value } })}
          />
        </div>
      )}
      <label className="curation-check">
        <input
          type="checkbox"
          checked={zone.withPicture ?? false}
          onChange={(e) => onChange({ ...zone, withPicture: e.target.checked })}
        />{' '}
        Only stories with a picture (pins excepted)
      </label>
    </div>
  )
}
