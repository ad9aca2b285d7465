import type { DataLoadFailure } from '#src/lib/fetch-json.ts';
import type { SearchAnswer, SearchClient, SearchTrouble } from './search-answer.ts';

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

/** Every item in its natural order: the answer while search is unavailable. */
function everything(size: number): SearchAnswer {
  return { positions: Uint32Array.from({ length: size }, (_, i) => i), matchedTerms: [] };
}

/**
 * Searches in a worker that loads the collection itself. Where it cannot (its file or its script
 * did not load), search is unavailable until a Retry works: every item is shown, unsearched.
 * Not searched on the page instead: that puts indexing and searching thousands of items back on
 * the thread that handles keystrokes, which is what the worker is for (see README, Performance).
 */
export function workerClient(source: SearchWorkerSource, ids: string[]): SearchClient {
  const pending = new Map<number, (answer: SearchAnswer) => void>();
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  let nextId = 0;
  let trouble: SearchTrouble | undefined;
  const unsearched = everything(ids.length);
  const fail = (failure: DataLoadFailure | null) => {
    trouble = { failure };
    // Searches sent to the worker would wait for ever: they are answered with everything.
    for (const resolve of pending.values()) resolve(unsearched);
    pending.clear();
    notify();
  };
  const load = { type: 'load', url: source.url, ids } as const;
  /** Whether the worker's script itself failed (a new worker is then needed to try again). */
  let broken = false;
  const start = () => {
    const started = source.createWorker();
    started.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
      const message = event.data;
      if (message.type === 'failed') {
        console.warn(`Search is unavailable: ${message.message}`);
        fail(message.failure);
      } else if (message.type === 'ready') {
        if (!trouble) return;
        trouble = undefined;
        notify();
      } else if (message.type === 'upgraded') {
        notify();
      } else {
        pending.get(message.id)?.(message.answer);
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
      if (trouble) return Promise.resolve(unsearched);
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        worker.postMessage({ type: 'search', id, query } satisfies WorkerRequest);
      });
    },
    searchNow: () => (trouble ? unsearched : undefined),
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
