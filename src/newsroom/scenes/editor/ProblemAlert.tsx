import type { ApiProblem } from '../../api/client'

/**
 * What the server refused, in one alert above the story: body problems by block, side-panel
 * fields by the name the panel gives them.
 */
export function ProblemAlert({ problem }: { problem: ApiProblem | null }) {
  const generalProblems =
    problem === null ? [] : problem.errors.length === 0 ? [problem.detail || problem.title] : []
  const bodyErrors = problem?.errors.filter((e) => e.field.startsWith('body')) ?? []
  // Fields in the side panel show their own message; the alert names them too, so a refusal
  // (a publish without a byline, say) is never out of sight.
  const panelErrors = problem?.errors.filter((e) => !e.field.startsWith('body')) ?? []

  if (!(generalProblems.length > 0 || bodyErrors.length > 0 || panelErrors.length > 0)) return null
  return (
    <div className="alert" role="alert">
      <strong>{problem?.title ?? 'Not saved'}</strong>
      {problem?.detail && problem.errors.length > 0 && <span> {problem.detail}</span>}
      <ul>
        {generalProblems.map((p) => (
          <li key={p}>{p}</li>
        ))}
        {bodyErrors.map((e) => (
          <li key={e.field}>
            {describeBodyPath(e.field)}: {e.message}
          </li>
        ))}
        {panelErrors.map((e) => (
          <li key={e.field}>
            {panelFieldName(e.field)}: {e.message}
            {onPage.has(e.field) ? '' : ' (see the side panel)'}
          </li>
        ))}
      </ul>
    </div>
  )
}

/** `body.content.3.attrs.credit` → “Block 4, credit”. */
function describeBodyPath(path: string): string {
  const m = /^body\.content\.(\d+)(?:\.attrs\.(\w+))?/.exec(path)
  if (m === null) return 'Body'
  return `Block ${Number(m[1]) + 1}${m[2] ? `, ${m[2]}` : ''}`
}

/** The fields typed on the page, above the body, not in the side panel. */
const onPage = new Set(['headline', 'dek'])

/** A side-panel field's name as the panel labels it. */
function panelFieldName(field: string): string {
  if (/^attributions[.[]/.test(field)) return 'Attribution'
  if (/^sources[.[]/.test(field)) return 'Sources'
  const names: Record<string, string> = {
    authors: 'Bylines',
    sections: 'Sections',
    tags: 'Tags',
    headline: 'Headline',
    dek: 'Dek',
    slug: 'Slug',
    'hero.credit': 'Hero photo credit',
  }
  return names[field] ?? field
}
