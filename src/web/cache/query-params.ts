import type { FastifyInstance, RouteOptions } from 'fastify'

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The query parameters that shape a public page whose route has no query schema (the site's
     * pages read their own, to answer the theme's error page rather than a validation error).
     */
    pageQuery?: readonly string[]
  }
}

/**
 * The query parameters cached URLs may carry, learnt from the routes as they are registered: the
 * names in each GET route's query schema (the API's), or in its `pageQuery` (the site's). A URL
 * with any other parameter is answered but never cached, so a route's new parameter is keyed the
 * moment the route declares it. The site's and the API's are kept apart.
 */
const known = { site: new Set<string>(), api: new Set<string>() }

/** Whether a query parameter is one some site page, or some API read, is built from. */
export function isKnownParam(isApi: boolean, name: string): boolean {
  return (isApi ? known.api : known.site).has(name)
}

/** Learns the query parameters of the GET routes registered on `app` from now on. */
export function learnQueryParams(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method]
    if (!methods.includes('GET')) return
    const into = /^\/api\//i.test(route.url) ? known.api : known.site
    for (const name of queryNames(route)) into.add(name)
  })
}

function queryNames(route: RouteOptions): string[] {
  const schema = route.schema?.querystring as { properties?: Record<string, unknown> } | undefined
  return [...Object.keys(schema?.properties ?? {}), ...(route.config?.pageQuery ?? [])]
}
