import type { SearchDoc } from './search-doc.ts';
import type { SearchOutcome } from './engine/search-index.ts';
import { queryTerms } from './tokenize.ts';

/** What a search returns across a thread boundary: the matching items, best first, as their
 * places in the collection searched (numbers in one buffer: nothing to copy string by string,
 * no ids to look up), and the words to highlight. */
export interface SearchAnswer {
  positions: Uint32Array;
  matchedTerms: string[];
}

export interface SearchClient {
  search(query: string): Promise<SearchAnswer>;
  /** The answer at once, where the index is in this thread and built; otherwise undefined. */
  searchNow?(query: string): SearchAnswer | undefined;
  /** Called when a better index is ready (long text indexed after names), to search again. */
  onUpgrade(listener: () => void): () => void;
}

/** How a feature searches a large collection off the main thread: its worker loads the data file
 * itself and builds its own index, so the page's thread does no search work at all. */
export interface SearchWorkerSource {
  createWorker: () => Worker;
  /** The absolute URL of the data file the worker reads. */
  url: string;
}

/** Collections at least this large are searched in a Web Worker, so typing never waits. */
export const WORKER_MIN_DOCS = 2000;

export type WorkerRequest =
  | {
      type: 'load';
      url: string;
      /** The ids of the page's collection, in its order: answers give places in it. */
      ids: string[];
    }
  | { type: 'search'; id: number; query: string };
export type WorkerResponse =
  { type: 'result'; id: number; answer: SearchAnswer } | { type: 'upgraded' };

/** The engine in this thread, loaded on the first search (it is not needed for the first view). */
function localClient<T>(items: readonly T[], toDoc: (item: T) => SearchDoc): SearchClient {
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

function workerClient(source: SearchWorkerSource, ids: string[]): SearchClient {
  const worker = source.createWorker();
  const pending = new Map<number, (answer: SearchAnswer) => void>();
  const listeners = new Set<() => void>();
  let nextId = 0;
  worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
    const message = event.data;
    if (message.type === 'upgraded') {
      for (const listener of listeners) listener();
      return;
    }
    pending.get(message.id)?.(message.answer);
    pending.delete(message.id);
  });
  worker.postMessage({ type: 'load', url: source.url, ids } satisfies WorkerRequest);
  return {
    search(query) {
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        worker.postMessage({ type: 'search', id, query } satisfies WorkerRequest);
      });
    },
    onUpgrade(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

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
  }
  return client;
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
