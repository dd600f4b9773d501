import { renderToString } from 'preact-render-to-string'

interface Operation {
  summary?: string
  tags?: string[]
  parameters?: { name: string; in: string; required?: boolean; schema?: unknown }[]
  requestBody?: { content?: Record<string, { schema?: unknown }> }
  responses?: Record<string, unknown>
}

export interface OpenApiDocument {
  info: { title: string; version: string; description?: string }
  paths?: Record<string, Record<string, Operation>>
}

const methods = ['get', 'post', 'put', 'patch', 'delete']
/** The page's one inline stylesheet, allowed by its hash in the page's Content-Security-Policy. */
export const css = `body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
h2{border-bottom:1px solid #ccc;margin-top:2.5rem}section{margin:1.5rem 0}code,pre{font:14px ui-monospace,monospace}
pre{background:#f5f5f5;padding:.75rem;overflow:auto}.m{font-weight:700;text-transform:uppercase;margin-right:.5rem}`

function OperationView({ method, path, op }: { method: string; path: string; op: Operation }) {
  const body = op.requestBody?.content?.['application/json']?.schema
  return (
    <section id={`${method}-${path}`}>
      <h3>
        <span class="m">{method}</span>
        <code>{path}</code>
      </h3>
      {op.summary !== undefined && <p>{op.summary}</p>}
      {(op.parameters ?? []).length > 0 && (
        <ul>
          {(op.parameters ?? []).map((p) => (
            <li>
              <code>{p.name}</code> ({p.in}
              {p.required === true ? ', required' : ''})
            </li>
          ))}
        </ul>
      )}
      {body !== undefined && <pre>{JSON.stringify(body, null, 2)}</pre>}
      <p>Responses: {Object.keys(op.responses ?? {}).join(', ')}</p>
    </section>
  )
}

/** The API reference as one static HTML page, rendered from the OpenAPI document (works offline). */
export function renderReference(doc: OpenApiDocument): string {
  const ops = Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
    methods.flatMap((m) => (item[m] === undefined ? [] : [{ method: m, path, op: item[m] }])),
  )
  const groups = [...new Set(ops.map((o) => o.op.tags?.[0] ?? 'other'))]
  const page = (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <title>{doc.info.title}</title>
        <style dangerouslySetInnerHTML={{ __html: css }} />
      </head>
      <body>
        <h1>
          {doc.info.title} <small>{doc.info.version}</small>
        </h1>
        <p>{doc.info.description}</p>
        <p>
          Machine-readable: <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>
        </p>
        {groups.map((g) => (
          <div>
            <h2 id={g}>{g}</h2>
            {ops
              .filter((o) => (o.op.tags?.[0] ?? 'other') === g)
              .map((o) => (
                <OperationView {...o} />
              ))}
          </div>
        ))}
      </body>
    </html>
  )
  return `<!doctype html>${renderToString(page)}`
}
