import { describe, expect, it, vi } from 'vitest';
import { DataLoadError } from '#src/lib/fetch-json.ts';
import { FIELD_WEIGHT, type SearchDoc } from './search-doc.ts';
import { serveSearch } from './search-worker-runtime.ts';
import type { WorkerRequest, WorkerResponse } from './worker-client.ts';

const doc = (id: string, title: string): SearchDoc => ({
  id,
  fields: [{ text: title, weight: FIELD_WEIGHT.title }],
});
const DOCS = [doc('haq', 'HAQ: Hardware-Aware Quantization'), doc('amc', 'AMC: Model Compression')];
const URL_OF_FILE = 'http://localhost/data/publications.json';

/** The runtime in a stand-in worker: what it posts, and a way to send it messages. */
function runtime(loadDocs: (url: string) => Promise<SearchDoc[]>) {
  const posted: WorkerResponse[] = [];
  const listeners: Array<(event: MessageEvent<WorkerRequest>) => void> = [];
  serveSearch(loadDocs, {
    postMessage: (message) => posted.push(message),
    addEventListener: (_type, listener) => listeners.push(listener),
  });
  const send = (data: WorkerRequest) =>
    listeners.forEach((listener) => listener(new MessageEvent('message', { data })));
  const load = () => send({ type: 'load', url: URL_OF_FILE, ids: ['haq', 'amc'] });
  return { posted, send, load };
}

describe('serveSearch when its file does not load', () => {
  it('reports the failure and why, instead of leaving the page waiting', async () => {
    const { posted, send, load } = runtime(() =>
      Promise.reject(new DataLoadError({ kind: 'http', file: 'publications.json', status: 500 })),
    );
    load();
    send({ type: 'search', id: 0, query: 'quantization' });
    await vi.waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]).toEqual({
      type: 'failed',
      failure: { kind: 'http', file: 'publications.json', status: 500 },
      message: 'publications.json: HTTP 500',
    });
  });

  it('reports a failure that is no data error (a bug in the loader) too', async () => {
    const { posted, load } = runtime(() => Promise.reject(new TypeError('papers is undefined')));
    load();
    await vi.waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]).toEqual({ type: 'failed', failure: null, message: 'papers is undefined' });
  });

  it('loads again when the page asks, and then answers', async () => {
    const loadDocs = vi
      .fn<(url: string) => Promise<SearchDoc[]>>()
      .mockRejectedValueOnce(new DataLoadError({ kind: 'network', file: 'publications.json' }))
      .mockResolvedValueOnce(DOCS);
    const { posted, send, load } = runtime(loadDocs);
    load();
    await vi.waitFor(() => expect(posted.map((m) => m.type)).toEqual(['failed']));
    load();
    await vi.waitFor(() => expect(posted.map((m) => m.type)).toEqual(['failed', 'ready']));
    send({ type: 'search', id: 7, query: 'compression' });
    const result = posted.at(-1);
    expect(result?.type === 'result' && [result.id, [...result.answer.positions]]).toEqual([
      7,
      [1],
    ]);
    expect(loadDocs).toHaveBeenCalledTimes(2);
    expect(loadDocs).toHaveBeenCalledWith(URL_OF_FILE);
  });

  it('starts one load however often it is asked while that one is on its way', async () => {
    let finish: (docs: SearchDoc[]) => void = () => {};
    const loadDocs = vi.fn(() => new Promise<SearchDoc[]>((resolve) => (finish = resolve)));
    const { posted, load } = runtime(loadDocs);
    load();
    load();
    finish(DOCS);
    await vi.waitFor(() => expect(posted.map((m) => m.type)).toEqual(['ready']));
    load();
    expect(loadDocs).toHaveBeenCalledTimes(1);
  });
});
