import { localClient } from './page-client.ts';
import type { SearchAnswer, SearchClient, SearchTrouble } from './search-answer.ts';
import type { SearchDoc } from './search-doc.ts';
import { queryTerms } from './tokenize.ts';
import { workerClient, type SearchWorkerSource } from './worker-client.ts';

/** Collections at least this large are searched in a Web Worker, so typing never waits. */
export const WORKER_MIN_DOCS = 2000;

/** An answer together with the query it answers. */
export interface QueryAnswer {
  query: string;
  answer: SearchAnswer;
}

/** A client that keeps its recent answers, so that one asked for earlier can be read at once. */
export interface RememberingClient extends SearchClient {
  /** The answer to a query asked before, if it has arrived (and no better index came since). */
  peek(query: string): QueryAnswer | undefined;
}

/** Queries whose answers are kept per collection. */
const REMEMBERED = 64;

/**
 * Keeps recent answers by query, so that a search asked for as the visitor types is ready, or on
 * its way, when the list renders and asks for it. A better index forgets them.
 */
function remembering(client: SearchClient): RememberingClient {
  const asked = new Map<string, Promise<SearchAnswer>>();
  const arrived = new Map<string, QueryAnswer>();
  // Registered first, so it runs before any listener that searches again.
  client.onUpgrade(() => {
    asked.clear();
    arrived.clear();
  });
  const remember = (query: string, answer: Promise<SearchAnswer>) => {
    asked.set(query, answer);
    if (asked.size > REMEMBERED) {
      const oldest = asked.keys().next().value as string;
      asked.delete(oldest);
      arrived.delete(oldest);
    }
    return answer;
  };
  return {
    search(query) {
      const known = asked.get(query);
      if (known) return known;
      const promise: Promise<SearchAnswer> = client.search(query).then((answer) => {
        if (asked.get(query) === promise) arrived.set(query, { query, answer });
        return answer;
      });
      return remember(query, promise);
    },
    peek(query) {
      const known = arrived.get(query);
      if (known) return known;
      const answer = client.searchNow?.(query);
      if (!answer) return undefined;
      const entry = { query, answer };
      arrived.set(query, entry);
      remember(query, Promise.resolve(answer));
      return entry;
    },
    onUpgrade: (listener) => client.onUpgrade(listener),
    trouble: () => client.trouble?.(),
    retry: () => client.retry?.(),
  };
}

const clients = new WeakMap<object, RememberingClient>();

/** Preparations waiting for the visitor to show they may search; null once they have. */
let untilSearchLikely: Set<() => void> | null = new Set();

/** The visitor is about to search (the search box has focus): indexes still to build start now. */
export function expectSearch(): void {
  const waiting = untilSearchLikely;
  untilSearchLikely = null;
  waiting?.forEach((prepare) => prepare());
}

/** Runs `prepare` once a search is likely (at once if it already is); returns a cancel. */
export function whenSearchLikely(prepare: () => void): () => void {
  if (!untilSearchLikely) {
    prepare();
    return () => {};
  }
  const waiting = untilSearchLikely;
  waiting.add(prepare);
  return () => waiting.delete(prepare);
}

/** What is asked as the visitor types, before the page renders for it (see `searchAhead`). */
const typingListeners = new Set<(query: string) => void>();

/** The visitor has just typed `query` (the page has not rendered for it yet). */
export function searchAhead(query: string): void {
  if (queryTerms(query).length === 0) return;
  typingListeners.forEach((listener) => listener(query));
}

/** Calls `listener` with each query as it is typed; returns a cancel. */
export function whenTyped(listener: (query: string) => void): () => void {
  typingListeners.add(listener);
  return () => typingListeners.delete(listener);
}

/** One search client per collection (the same array gets the same index). */
export function searchClientFor<T extends { id: string }>(
  items: readonly T[],
  toDoc: (item: T) => SearchDoc,
  worker?: SearchWorkerSource,
): RememberingClient {
  let client = clients.get(items);
  if (!client) {
    client = remembering(
      usesWorker(items.length, worker)
        ? workerClient(
            worker,
            items.map((item) => item.id),
          )
        : localClient(items, toDoc),
    );
    clients.set(items, client);
    client.onUpgrade(() => troubleListeners.forEach((listener) => listener()));
  }
  return client;
}

const troubleListeners = new Set<() => void>();

/** Calls `listener` when any collection's search changes (for `troubleWith`); returns a cancel. */
export function onSearchChange(listener: () => void): () => void {
  troubleListeners.add(listener);
  return () => troubleListeners.delete(listener);
}

/** Why a collection's search worker cannot search, while it cannot; never starts a search. */
export function troubleWith(items: object): SearchTrouble | undefined {
  return clients.get(items)?.trouble?.();
}

/** Asks a collection's search worker to load again, after it failed. */
export function retrySearch(items: object): void {
  clients.get(items)?.retry?.();
}

/** The answer for a collection's query, if it has already arrived; never starts a search. */
export function arrivedAnswer(items: object, query: string): QueryAnswer | undefined {
  return clients.get(items)?.peek(query);
}

export function usesWorker(
  size: number,
  worker: SearchWorkerSource | undefined,
): worker is SearchWorkerSource {
  return worker !== undefined && size >= WORKER_MIN_DOCS && typeof Worker !== 'undefined';
}
