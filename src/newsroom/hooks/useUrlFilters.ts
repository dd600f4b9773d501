import { useLocation, useSearch } from 'wouter'

/** Filters kept in the address (so reloads, links and Back keep them). */
export function useUrlFilters<K extends string>(names: readonly K[]) {
  const search = useSearch()
  const [location, navigate] = useLocation()
  const params = new URLSearchParams(search)
  const values = Object.fromEntries(names.map((n) => [n, params.get(n) ?? ''])) as Record<K, string>
  function setFilter(name: K, value: string) {
    const next = new URLSearchParams(search)
    if (value === '') next.delete(name)
    else next.set(name, value)
    const query = next.toString()
    navigate(query === '' ? location : `${location}?${query}`, { replace: true })
  }
  return { values, setFilter }
}
