/// <reference lib="webworker" />
import {
  createIndexBuilder,
  FIELD_WEIGHT,
  searchIndex,
  type SearchDoc,
  type SearchIndex,
} from './search-index.ts';

/** Documents indexed between two chances to answer a search. */
const CHUNK = 250;
const yieldToMessages = () => new Promise((resolve) => setTimeout(resolve, 0));
import type { WorkerRequest, WorkerResponse } from './search-client.ts';

/**
 * Runs in a feature's search worker: loads the collection (through the feature's own loader),
 * indexes names, authors and venues first, then long text, and answers searches. A search that
 * arrives before the index is ready is answered as soon as it is.
 */
export function serveSearch(loadDocs: (url: string) => Promise<SearchDoc[]>): void {
  const scope = self as unknown as DedicatedWorkerGlobalScope;
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
      const place = placeInPage[hit.doc] as number;
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
    const docs = await loadDocs(url);
    // The page may order (or, with a newer file, list) its items otherwise than this file does.
    const placeOf = new Map(pageIds.map((id, place) => [id, place]));
    placeInPage = Int32Array.from(docs, (doc) => placeOf.get(doc.id) ?? -1);
    // Names, authors and venues first (searchable at once), then long text on top of them.
    const builder = createIndexBuilder();
    for (const doc of docs) builder.addNames(doc);
    index = builder.finish();
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
        for (let doc = start; doc < end; doc++) builder.addText(doc, docs[doc] as SearchDoc);
      }
      index = builder.finish();
      post({ type: 'upgraded' });
    }
  };

  scope.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
    const message = event.data;
    if (message.type === 'load') {
      void load(message.url, message.ids);
    } else if (index) {
      answer(message, index);
    } else {
      waiting.push(message);
    }
  });
}
