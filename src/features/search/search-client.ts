import type { SearchDoc } from './search-doc.ts';

/** What a search returns across a thread boundary: ids best first, and the words to highlight. */
export interface SearchAnswer {
  ids: string[];
  matchedTerms: string[];
}

export interface SearchClient {
  search(query: string): Promise<SearchAnswer>;
  /** Called when a better index is ready (full text indexed after names), to search again. */
  onUpgrade(listener: () => void): () => void;
}

/** Collections at least this large are searched in a Web Worker, so typing never waits. */
export const WORKER_MIN_DOCS = 2000;

/** The engine in this thread, loaded on the first search (it is not needed for the first view). */
function localClient(docs: readonly SearchDoc[]): SearchClient {
  const ready = import('./search-index.ts').then((engine) => ({
    engine,
    index: engine.buildSearchIndex(docs),
  }));
  return {
    async search(query) {
      const { engine, index } = await ready;
      const outcome = engine.searchIndex(index, query);
      return { ids: outcome.hits.map((hit) => hit.id), matchedTerms: [...outcome.matchedTerms] };
    },
    onUpgrade: () => () => {},
  };
}

export type WorkerRequest =
  { type: 'index'; docs: readonly SearchDoc[] } | { type: 'search'; id: number; query: string };
export type WorkerResponse =
  { type: 'result'; id: number; answer: SearchAnswer } | { type: 'upgraded' };

function workerClient(docs: readonly SearchDoc[]): SearchClient {
  const worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
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
  worker.postMessage({ type: 'index', docs } satisfies WorkerRequest);
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

const clients = new WeakMap<object, SearchClient>();

/** One search client per collection (the same array gets the same index). */
export function searchClientFor<T>(
  items: readonly T[],
  toDoc: (item: T) => SearchDoc,
): SearchClient {
  let client = clients.get(items);
  if (!client) {
    const docs = items.map(toDoc);
    client =
      docs.length >= WORKER_MIN_DOCS && typeof Worker !== 'undefined'
        ? workerClient(docs)
        : localClient(docs);
    clients.set(items, client);
  }
  return client;
}
