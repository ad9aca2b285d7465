import type { z } from 'zod/mini';
import { describeSkippedEntry, type SkippedEntry } from './data-entries.ts';

/** Why a data file did not load: what the visitor is told comes from the catalogue, by kind. */
export type DataLoadFailure =
  | { kind: 'network'; file: string }
  | { kind: 'http'; file: string; status: number }
  | { kind: 'not-json'; file: string }
  | { kind: 'shape'; file: string; where: string; detail: string };

/** A data file that did not load; `failure` says why, the message says it for the console. */
export class DataLoadError extends Error {
  readonly failure: DataLoadFailure;
  constructor(failure: DataLoadFailure) {
    super(describeFailure(failure));
    this.name = 'DataLoadError';
    this.failure = failure;
  }
}

function describeFailure(failure: DataLoadFailure): string {
  switch (failure.kind) {
    case 'network':
      return `${failure.file} could not be reached`;
    case 'http':
      return `${failure.file}: HTTP ${failure.status}`;
    case 'not-json':
      return `${failure.file} is not valid JSON`;
    case 'shape':
      return `${failure.file} at ${failure.where || '(top)'}: ${failure.detail}`;
  }
}

/** Resolves a data file against the page, so the site works from any folder of any host. */
export function dataUrl(file: string): string {
  const base = typeof document === 'undefined' ? 'http://localhost/' : document.baseURI;
  return new URL(`data/${file}`, base).href;
}

/** Reads and validates a data file's JSON (in the page or in a worker: pass the URL). */
export async function fetchJson<S extends z.ZodMiniType>(
  file: string,
  schema: S,
  signal?: AbortSignal,
  url = dataUrl(file),
): Promise<z.output<S>> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new DataLoadError({ kind: 'network', file });
  }
  if (!response.ok) throw new DataLoadError({ kind: 'http', file, status: response.status });
  let raw: unknown;
  try {
    raw = await response.json();
  } catch {
    throw new DataLoadError({ kind: 'not-json', file });
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DataLoadError({
      kind: 'shape',
      file,
      where: issue ? issue.path.map(String).join('.') : '',
      detail: issue?.message ?? 'invalid',
    });
  }
  return parsed.data;
}

/**
 * Loads a data file whose lists are parsed entry by entry, and tells the owner in the console which
 * entries were left out (file, list index and field).
 */
export async function fetchDataFile<S extends z.ZodMiniType<{ skipped: SkippedEntry[] }, unknown>>(
  file: string,
  schema: S,
  signal?: AbortSignal,
  url?: string,
): Promise<z.output<S>> {
  const data = await fetchJson(file, schema, signal, url);
  for (const entry of data.skipped)
    console.warn(`Skipped an invalid entry: ${describeSkippedEntry(file, entry)}`);
  return data;
}
