import type { SearchOutcome } from './engine/search-index.ts';
import type { SearchClient } from './search-answer.ts';
import type { SearchDoc } from './search-doc.ts';

/** The engine in this thread, loaded on the first search (it is not needed for the first view). */
export function localClient<T>(items: readonly T[], toDoc: (item: T) => SearchDoc): SearchClient {
  let loaded: ((query: string) => SearchOutcome) | undefined;
  const ready = import('./engine/page-engine.ts').then(async ({ searchOnPage }) => {
    loaded = await searchOnPage(items, toDoc);
    return loaded;
  });
  const answer = (search: (query: string) => SearchOutcome, query: string) => {
    const outcome = search(query);
    return {
      positions: Uint32Array.from(outcome.hits, (hit) => hit.doc),
      matchedTerms: [...outcome.matchedTerms],
    };
  };
  return {
    async search(query) {
      return answer(await ready, query);
    },
    // A small collection answers within the render that asks: no second render to show it.
    searchNow: (query) => (loaded ? answer(loaded, query) : undefined),
    onUpgrade: () => () => {},
  };
}
