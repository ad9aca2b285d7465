/// <reference lib="webworker" />
import { createIndexBuilder } from './engine/build.ts';
import { searchIndex } from './engine/query.ts';
import type { SearchIndex } from './engine/search-index.ts';
import { DataLoadError } from '#src/lib/fetch-json.ts';
import { FIELD_WEIGHT, type SearchDoc } from './search-doc.ts';
import type { WorkerRequest, WorkerResponse } from './worker-client.ts';

/** Documents indexed between two chances to answer a search. */
const CHUNK = 250;
const yieldToMessages = () => new Promise((resolve) => setTimeout(resolve, 0));

/** The file's documents in the page's order (those the page lacks at the end), each with its
 * place in the page (-1 where the page lacks it): equal matches then rank in the page's order. */
function inPageOrder(docs: readonly SearchDoc[], pageIds: readonly string[]) {
  const placeOf = new Map(pageIds.map((id, place) => [id, place]));
  const placed = docs.map((doc) => ({ doc, place: placeOf.get(doc.id) ?? -1 }));
  placed.sort((a, b) => (a.place < 0 ? 1 : 0) - (b.place < 0 ? 1 : 0) || a.place - b.place);
  return {
    docs: placed.map(({ doc }) => doc),
    placeInPage: Int32Array.from(placed, ({ place }) => place),
  };
}

/** What the runtime needs of the worker it runs in (a test hands it a stand-in). */
export interface SearchWorkerScope {
  postMessage(message: WorkerResponse, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
}

/**
 * Runs in a feature's search worker: loads the collection (through the feature's own loader),
 * indexes names, authors and venues first, then long text, and answers searches. A search that
 * arrives before the index is ready is answered as soon as it is. A load that fails is reported
 * (the page then searches without the worker) and is tried again when the page asks.
 */
export function serveSearch(
  loadDocs: (url: string) => Promise<SearchDoc[]>,
  scope: SearchWorkerScope = self as unknown as DedicatedWorkerGlobalScope,
): void {
  const post = (message: WorkerResponse, transfer: Transferable[] = []) =>
    scope.postMessage(message, transfer);
  let index: SearchIndex | undefined;
  /** Per indexed document, its place in the page's collection (-1 where the page lacks it). */
  let placeInPage = new Int32Array(0);
  const waiting: Array<Extract<WorkerRequest, { type: 'search' }>> = [];

  const answer = (request: Extract<WorkerRequest, { type: 'search' }>, current: SearchIndex) => {
    const outcome = searchIndex(current, request.query);
    const places: number[] = [];
    for (const hit of outcome.hits) {
      const place = placeInPage[hit.doc] ?? -1;
      if (place >= 0) places.push(place);
    }
    const positions = Uint32Array.from(places);
    post(
      {
        type: 'result',
        id: request.id,
        answer: { positions, matchedTerms: [...outcome.matchedTerms] },
      },
      [positions.buffer],
    );
  };

  const load = async (url: string, pageIds: readonly string[]) => {
    // The page may order (or, with a newer file, list) its items otherwise than this file does.
    const ordered = inPageOrder(await loadDocs(url), pageIds);
    const docs = ordered.docs;
    placeInPage = ordered.placeInPage;
    // Names, authors and venues first (searchable at once), then long text on top of them.
    const builder = createIndexBuilder();
    for (const doc of docs) builder.addNames(doc);
    index = builder.finish();
    post({ type: 'ready' });
    for (const request of waiting.splice(0)) answer(request, index);
    if (
      docs.some((doc) =>
        doc.fields.some((field) => field.weight <= FIELD_WEIGHT.text && field.text !== ''),
      )
    ) {
      // The longer pass goes a chunk at a time: searches are answered in between.
      for (let start = 0; start < docs.length; start += CHUNK) {
        await yieldToMessages();
        const end = Math.min(docs.length, start + CHUNK);
        docs.slice(start, end).forEach((doc, k) => builder.addText(start + k, doc));
      }
      index = builder.finish();
      post({ type: 'upgraded' });
    }
  };

  /** True while a load is on its way: a second request for one (a Retry) waits for its end. */
  let loading = false;
  const startLoad = (url: string, pageIds: readonly string[]) => {
    if (index || loading) return;
    loading = true;
    load(url, pageIds).then(
      () => (loading = false),
      (error: unknown) => {
        loading = false;
        // Once names are indexed the worker answers; a later fault is a bug to see, not a failed load.
        if (index) throw error;
        // The page answers these itself now; they would otherwise wait for a load that never ends.
        waiting.length = 0;
        post({
          type: 'failed',
          failure: error instanceof DataLoadError ? error.failure : null,
          message: error instanceof Error ? error.message : String(error),
        });
      },
    );
  };

  scope.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
    const message = event.data;
    if (message.type === 'load') {
      startLoad(message.url, message.ids);
    } else if (index) {
      answer(message, index);
    } else {
      waiting.push(message);
    }
  });
}
