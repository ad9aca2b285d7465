import type { DataLoadFailure } from '#src/lib/fetch-json.ts';
import { localClient } from './page-client.ts';
import type { SearchAnswer, SearchClient, SearchTrouble } from './search-answer.ts';
import type { SearchDoc } from './search-doc.ts';

/** What the page needs of a search worker (a Worker; a test's stand-in). */
export type SearchWorker = Pick<Worker, 'postMessage' | 'addEventListener' | 'terminate'>;

/** How a feature searches a large collection off the main thread: its worker loads the data file
 * itself and builds its own index, so the page's thread does no search work at all. */
export interface SearchWorkerSource {
  createWorker: () => SearchWorker;
  /** The absolute URL of the data file the worker reads. */
  url: string;
}

export type WorkerRequest =
  | {
      type: 'load';
      url: string;
      /** The ids of the page's collection, in its order: answers give places in it. */
      ids: string[];
    }
  | { type: 'search'; id: number; query: string };
export type WorkerResponse =
  | { type: 'result'; id: number; answer: SearchAnswer }
  /** The collection loaded and its names are indexed: searches are answered from now on. */
  | { type: 'ready' }
  | { type: 'upgraded' }
  /** The collection did not load; the page asks again with another `load`. */
  | { type: 'failed'; failure: DataLoadFailure | null; message: string };

/**
 * The largest collection the page's thread searches when its worker cannot: 10,000 papers search
 * in 5-6 ms a keystroke (`npm run bench`; about 25 ms at 4x CPU, inside the 99 ms target), 50,000
 * in 31-36 ms (over it at 4x), so past this size search is unavailable rather than slow.
 */
export const PAGE_FALLBACK_MAX_DOCS = 10_000;

/** Every item in its natural order: the answer while search is unavailable. */
function everything(size: number): SearchAnswer {
  return { positions: Uint32Array.from({ length: size }, (_, i) => i), matchedTerms: [] };
}

export function workerClient<T extends { id: string }>(
  source: SearchWorkerSource,
  items: readonly T[],
  toDoc: (item: T) => SearchDoc,
): SearchClient {
  const pending = new Map<number, { query: string; resolve: (answer: SearchAnswer) => void }>();
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  let nextId = 0;
  let trouble: SearchTrouble | undefined;
  /** The page's own engine, made on the first failure and kept for the next. */
  let onPage: SearchClient | undefined;
  const searchWithoutWorker = (query: string): Promise<SearchAnswer> => {
    if (items.length > PAGE_FALLBACK_MAX_DOCS) return Promise.resolve(everything(items.length));
    onPage ??= localClient(items, toDoc);
    return onPage.search(query);
  };
  const fail = (failure: DataLoadFailure | null) => {
    trouble = { failure, onPage: items.length <= PAGE_FALLBACK_MAX_DOCS };
    // Searches sent to the worker would wait for ever: the page answers them.
    for (const [id, { query, resolve }] of pending) {
      pending.delete(id);
      void searchWithoutWorker(query).then(resolve);
    }
    notify();
  };
  const load = { type: 'load', url: source.url, ids: items.map((item) => item.id) } as const;
  /** Whether the worker's script itself failed (a new worker is then needed to try again). */
  let broken = false;
  const start = () => {
    const started = source.createWorker();
    started.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
      const message = event.data;
      if (message.type === 'failed') {
        console.warn(`Search runs without its worker: ${message.message}`);
        fail(message.failure);
      } else if (message.type === 'ready') {
        if (!trouble) return;
        trouble = undefined;
        notify();
      } else if (message.type === 'upgraded') {
        notify();
      } else {
        pending.get(message.id)?.resolve(message.answer);
        pending.delete(message.id);
      }
    });
    // The worker's script did not load (a redeploy, offline before it was cached).
    started.addEventListener('error', (event) => {
      event.preventDefault();
      broken = true;
      fail(null);
    });
    started.postMessage(load satisfies WorkerRequest);
    return started;
  };
  let worker = start();
  return {
    search(query) {
      if (trouble) return searchWithoutWorker(query);
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, { query, resolve });
        worker.postMessage({ type: 'search', id, query } satisfies WorkerRequest);
      });
    },
    searchNow: (query) => (trouble ? onPage?.searchNow?.(query) : undefined),
    onUpgrade(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    trouble: () => trouble,
    retry() {
      if (!trouble) return;
      if (!broken) {
        worker.postMessage(load satisfies WorkerRequest);
        return;
      }
      worker.terminate();
      broken = false;
      worker = start();
    },
  };
}
