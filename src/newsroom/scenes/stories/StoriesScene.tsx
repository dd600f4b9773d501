import { useRef, useState } from 'react'
import { Link, useLocation } from 'wouter'
import { useArticlePages, useSettings } from '../../api/queries'
import { FormAlert } from '../../components/FormAlert'
import { useUrlFilters } from '../../hooks/useUrlFilters'
import { storyFilterNames, toQuery } from './filters'
import type { StoryFilterName } from './filters'
import { StoriesTable } from './StoriesTable'
import { StoryFilters } from './StoryFilters'
import { useListKeys } from './useListKeys'

/** Every story, filtered from the address, page after page along the API's cursor. */
export function StoriesScene() {
  const { values, setFilter } = useUrlFilters(storyFilterNames)
  const [, navigate] = useLocation()
  const searchRef = useRef<HTMLInputElement>(null)
  const [selected, setSelected] = useState(-1)
  const zone = useSettings().data?.timeZone
  const pages = useArticlePages(toQuery(values))
  const articles = pages.data?.pages.flatMap((p) => p.items) ?? []
  function handleFilter(name: StoryFilterName, value: string) {
    setSelected(-1)
    setFilter(name, value)
  }
  function handleOpen(index: number) {
    const article = articles[index]
    if (article) navigate(`/stories/${article.id}`)
  }
  useListKeys({
    count: articles.length,
    selected,
    onSelect: setSelected,
    onOpen: handleOpen,
    searchRef,
  })
  return (
    <section className="scene" aria-labelledby="stories-title">
      <div className="scene-head">
        <h1 id="stories-title">Stories</h1>
        <p className="muted keys-hint">
          <kbd>j</kbd> <kbd>k</kbd> move · <kbd>Enter</kbd> open · <kbd>/</kbd> search
        </p>
      </div>
      <StoryFilters values={values} onChange={handleFilter} searchRef={searchRef} />
      <FormAlert error={pages.error ?? undefined} />
      {pages.isLoading ? (
        <p className="muted">Loading…</p>
      ) : articles.length === 0 ? (
        <div className="empty">
          <p>No story matches these filters.</p>
          <Link href="/stories/new">Start a new story</Link>
        </div>
      ) : (
        <StoriesTable
          articles={articles}
          timeZone={zone}
          selected={selected}
          onSelect={setSelected}
        />
      )}
      <p className="list-foot" aria-live="polite">
        {articles.length > 0 && `${articles.length} shown`}
        {pages.hasNextPage && (
          <button
            type="button"
            className="button"
            onClick={() => void pages.fetchNextPage()}
            disabled={pages.isFetchingNextPage}
          >
            {pages.isFetchingNextPage ? 'Loading…' : 'Load more'}
          </button>
        )}
      </p>
    </section>
  )
}
