import { describe, expect, it, vi } from 'vitest';
import { DataLoadError } from '#src/lib/fetch-json.ts';
import type { SearchAnswer } from './search-answer.ts';
import { FIELD_WEIGHT, type SearchDoc } from './search-doc.ts';
import { serveSearch } from './search-worker-runtime.ts';
import { workerClient, type SearchWorker, type WorkerRequest } from './worker-client.ts';

interface Paper {
  id: string;
  title: string;
}
const PAPERS: Paper[] = [
  { id: 'haq', title: 'HAQ: Hardware-Aware Quantization' },
  { id: 'amc', title: 'AMC: Model Compression' },
];
const toDoc = (paper: Paper): SearchDoc => ({
  id: paper.id,
  fields: [{ text: paper.title, weight: FIELD_WEIGHT.title }],
});
const IDS = PAPERS.map((paper) => paper.id);
const SERVER_ERROR = new DataLoadError({ kind: 'http', file: 'publications.json', status: 500 });

/** The real runtime behind a stand-in worker: messages cross as they would between threads. */
function startWorker(loadDocs: (url: string) => Promise<SearchDoc[]>) {
  const inWorker: Array<(event: MessageEvent<WorkerRequest>) => void> = [];
  const toPage = new EventTarget();
  serveSearch(loadDocs, {
    postMessage: (data) =>
      setTimeout(() => toPage.dispatchEvent(new MessageEvent('message', { data }))),
    addEventListener: (_type, listener) => inWorker.push(listener),
  });
  const requests: WorkerRequest[] = [];
  const worker: SearchWorker = {
    postMessage: (data: WorkerRequest) => {
      requests.push(data);
      setTimeout(() =>
        inWorker.forEach((listener) => listener(new MessageEvent('message', { data }))),
      );
    },
    addEventListener: (type: string, listener: EventListenerOrEventListenerObject) =>
      toPage.addEventListener(type, listener),
    terminate: () => {},
  };
  return { worker, requests, toPage };
}

const idsOf = (answer: SearchAnswer, items: readonly Paper[]) =>
  [...answer.positions].map((position) => items[position]?.id);

describe('a search worker whose file does not load', () => {
  it('answers every search, one already asked included, with everything, and says why', async () => {
    const { worker } = startWorker(() => Promise.reject(SERVER_ERROR));
    const client = workerClient({ createWorker: () => worker, url: 'data.json' }, IDS);
    const changed = vi.fn();
    client.onUpgrade(changed);
    // Asked before the worker has failed: it must not wait for ever.
    const answer = await client.search('compression');
    expect(idsOf(answer, PAPERS)).toEqual(['haq', 'amc']);
    expect(answer.matchedTerms).toEqual([]);
    expect(client.trouble?.()).toEqual({ failure: SERVER_ERROR.failure });
    expect(changed).toHaveBeenCalled();
    // Asked later: at once, within the render that asks.
    expect(client.searchNow?.('quantization')).toBe(answer);
  });

  it('asks the worker to load again on Retry, and searches there once it has', async () => {
    const loadDocs = vi
      .fn<(url: string) => Promise<SearchDoc[]>>()
      .mockRejectedValueOnce(SERVER_ERROR)
      .mockResolvedValueOnce(PAPERS.map(toDoc));
    const { worker, requests } = startWorker(loadDocs);
    const client = workerClient({ createWorker: () => worker, url: 'data.json' }, IDS);
    await vi.waitFor(() => expect(client.trouble?.()).toBeDefined());
    const changed = vi.fn();
    client.onUpgrade(changed);
    client.retry?.();
    await vi.waitFor(() => expect(client.trouble?.()).toBeUndefined());
    expect(changed).toHaveBeenCalled();
    expect(idsOf(await client.search('quantization'), PAPERS)).toEqual(['haq']);
    expect(requests).toContainEqual({ type: 'search', id: 0, query: 'quantization' });
    expect(loadDocs).toHaveBeenCalledTimes(2);
  });

  it('starts a new worker on Retry where the script itself did not load', async () => {
    const first = startWorker(() => Promise.resolve(PAPERS.map(toDoc)));
    const second = startWorker(() => Promise.resolve(PAPERS.map(toDoc)));
    const createWorker = vi
      .fn()
      .mockReturnValueOnce(first.worker)
      .mockReturnValueOnce(second.worker);
    const client = workerClient({ createWorker, url: 'data.json' }, IDS);
    first.toPage.dispatchEvent(new Event('error'));
    expect(client.trouble?.()).toEqual({ failure: null });
    client.retry?.();
    expect(createWorker).toHaveBeenCalledTimes(2);
    await vi.waitFor(() => expect(client.trouble?.()).toBeUndefined());
    expect(idsOf(await client.search('compression'), PAPERS)).toEqual(['amc']);
  });
});
