import type { SearchDoc } from '#src/search/search-doc.ts';
import { createIndexBuilder } from './build.ts';
import { searchIndex } from './query.ts';
import type { SearchIndex, SearchOutcome } from './search-index.ts';

/** Longest stretch of index building on the page's thread before it is handed back: well inside
 * a 16 ms frame, so a keystroke that arrives meanwhile waits at most this long. */
const SLICE_MS = 4;

/**
 * Builds the index of a collection on the page's thread a few milliseconds at a time, handing the
 * thread back in between: the visitor's first keystroke may arrive while it builds.
 */
export async function buildSearchIndexInSlices<T>(
  items: readonly T[],
  toDoc: (item: T) => SearchDoc,
): Promise<SearchIndex> {
  const builder = createIndexBuilder();
  // The first slice waits its turn too: collections that start together build in tasks of their own.
  let deadline = 0;
  for (const item of items) {
    if (performance.now() > deadline) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      deadline = performance.now() + SLICE_MS;
    }
    builder.add(toDoc(item));
  }
  return builder.finish();
}

/**
 * The engine as the page's thread uses it (for small collections; large ones are searched in a
 * worker): the collection indexed in slices, then a search over it. One module, loaded on demand.
 */
export async function searchOnPage<T>(
  items: readonly T[],
  toDoc: (item: T) => SearchDoc,
): Promise<(query: string) => SearchOutcome> {
  const index = await buildSearchIndexInSlices(items, toDoc);
  return (query) => searchIndex(index, query);
}
