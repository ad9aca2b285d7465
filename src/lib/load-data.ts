import type { z } from 'zod/mini';
import type { SkippedEntry } from './data-entries.ts';
import { DataLoadError, dataUrl, fetchDataFile, type DataLoadFailure } from './fetch-json.ts';

/** A request to the data worker, and its answer (the page's start-up script asks with the
 * file's name as id, the app with a number). */
export type DataWorkerRequest = { id: number | string; file: string; url: string };
export type DataWorkerResponse =
  | { id: number | string; ok: true; data: unknown }
  | { id: number | string; ok: false; failure: DataLoadFailure | null; message: string };

/** What the page's start-up script leaves for the app: the worker it started, with the data
 * files it asked for at once, and the answers that came before the app was there to hear them. */
interface EarlyStart {
  worker: Worker;
  /** By file: its answer, or null while it is on its way. */
  early: Record<string, DataWorkerResponse | null | undefined>;
}

declare global {
  var siteData: EarlyStart | undefined;
}

let startWorker: (() => Worker) | undefined;
let worker: Worker | undefined;
const waiting = new Map<number | string, (response: DataWorkerResponse) => void>();
let nextId = 0;
/** Files whose early answer the app has taken (a second load, a Retry, asks again). */
const taken = new Set<string>();

/**
 * Where the page's data files are read and validated: a worker, so that parsing and checking them
 * never blocks the page (and the schemas and zod stay out of the page's script). The page's
 * start-up script starts it; without one (development) `start` does. Without either (tests, the
 * prerender), files are read in this thread, through the same loader.
 */
export function setDataWorker(start: () => Worker): void {
  startWorker = start;
}

function dataWorker(): Worker | undefined {
  if (worker) return worker;
  const handed = globalThis.siteData;
  worker = handed?.worker ?? startWorker?.();
  if (!worker) return undefined;
  worker.addEventListener('message', (event: MessageEvent<DataWorkerResponse>) => {
    waiting.get(event.data.id)?.(event.data);
    waiting.delete(event.data.id);
  });
  return worker;
}

/** The answer to a request, whether it came before the app listened or comes later. */
function answerTo(target: Worker, file: string): Promise<DataWorkerResponse> {
  const early = globalThis.siteData?.early;
  if (early && file in early && !taken.has(file)) {
    taken.add(file);
    const answer = early[file];
    if (answer) return Promise.resolve(answer);
    // Asked by the start-up script with the file's name as id; it answers to that.
    return new Promise((resolve) => waiting.set(file, resolve));
  }
  const id = nextId++;
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    target.postMessage({ id, file, url: dataUrl(file) } satisfies DataWorkerRequest);
  });
}

/** Loads and validates a data file, in the data worker where there is one. */
export async function loadDataFile<T extends { skipped: SkippedEntry[] }>(
  file: string,
  schema: () => Promise<z.ZodMiniType<T, unknown>>,
  signal?: AbortSignal,
): Promise<T> {
  const target = dataWorker();
  if (!target) return fetchDataFile(file, await schema(), signal);
  const response = await answerTo(target, file);
  if (signal?.aborted) throw signal.reason;
  // Validated by this very schema in the worker; structured cloning keeps its shape.
  if (response.ok) return response.data as T;
  throw response.failure ? new DataLoadError(response.failure) : new Error(response.message);
}
