/// <reference lib="webworker" />
import {
  buildSearchIndex,
  FIELD_WEIGHT,
  searchIndex,
  type SearchDoc,
  type SearchIndex,
} from './search-index.ts';
import type { WorkerRequest, WorkerResponse } from './search-client.ts';

declare const self: DedicatedWorkerGlobalScope;

let index: SearchIndex | undefined;
let fullIndex: Promise<SearchIndex> | undefined;

function post(message: WorkerResponse) {
  self.postMessage(message);
}

function withoutLongText(doc: SearchDoc): SearchDoc {
  return { id: doc.id, fields: doc.fields.filter((field) => field.weight > FIELD_WEIGHT.text) };
}

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const message = event.data;
  if (message.type === 'index') {
    // Names, authors and venues first (fast), long text such as abstracts right after.
    index = buildSearchIndex(message.docs.map(withoutLongText));
    const hasLongText = message.docs.some((doc) =>
      doc.fields.some((field) => field.weight <= FIELD_WEIGHT.text),
    );
    if (hasLongText) {
      fullIndex = new Promise((resolve) =>
        setTimeout(() => resolve(buildSearchIndex(message.docs)), 0),
      );
      void fullIndex.then((full) => {
        index = full;
        post({ type: 'upgraded' });
      });
    }
    return;
  }
  if (!index) return;
  const outcome = searchIndex(index, message.query);
  post({
    type: 'result',
    id: message.id,
    answer: { ids: outcome.hits.map((hit) => hit.id), matchedTerms: [...outcome.matchedTerms] },
  });
});
