import type { Deps } from '../deps.js'
import type { AcceptSuggestionInput } from './accept-suggestion.js'
import { acceptSuggestion } from './accept-suggestion.js'
import type { DecideSuggestionInput, ListSuggestionsInput, SuggestInput } from './suggestions.js'
import { dismissSuggestion, listSuggestions, suggestForArticle } from './suggestions.js'

/** The attribution-suggestion use cases, each taking one object parameter. */
export function suggestionServices(deps: Deps) {
  return Object.freeze({
    /** Runs the suggester on a story and stores its open suggestions (see `suggestForArticle`). */
    suggest: (input: SuggestInput) => suggestForArticle(deps, input),
    /** A story's suggestions in reading order. */
    listSuggestions: (input: ListSuggestionsInput) => listSuggestions(deps, input),
    /** Turns an open suggestion into an attribution and marks its quote, as a new revision. */
    acceptSuggestion: (input: AcceptSuggestionInput) => acceptSuggestion(deps, input),
    /** Marks an open suggestion dismissed. */
    dismissSuggestion: (input: DecideSuggestionInput) => dismissSuggestion(deps, input),
  })
}
