import type { z } from 'zod/mini';
import { describeSkippedEntry, type SkippedEntry } from './data-entries.ts';

/** An error whose message is written for the visitor, with the technical cause kept for the console. */
export class DataLoadError extends Error {
  readonly kind: 'http' | 'parse' | 'network';
  readonly status: number | undefined;
  constructor(kind: DataLoadError['kind'], message: string, status?: number) {
    super(message);
    this.name = 'DataLoadError';
    this.kind = kind;
    this.status = status;
  }
}

/** Resolves a data file against the page, so the site works from any folder of any host. */
export function dataUrl(file: string): string {
  const base = typeof document === 'undefined' ? 'http://localhost/' : document.baseURI;
  return new URL(`data/${file}`, base).href;
}

export async function fetchJson<S extends z.ZodMiniType>(
  file: string,
  schema: S,
  signal?: AbortSignal,
): Promise<z.output<S>> {
  let response: Response;
  try {
    response = await fetch(dataUrl(file), { signal });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new DataLoadError('network', `${file} could not be reached: the network seems down.`);
  }
  if (!response.ok) {
    throw new DataLoadError(
      'http',
      `${file} could not be loaded (the server answered ${response.status}).`,
      response.status,
    );
  }
  let raw: unknown;
  try {
    raw = await response.json();
  } catch {
    throw new DataLoadError('parse', `${file} is not valid JSON.`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.map(String).join('.')}` : '';
    throw new DataLoadError(
      'parse',
      `${file} does not have the expected shape${where}: ${issue?.message ?? 'invalid'}.`,
    );
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
): Promise<z.output<S>> {
  const data = await fetchJson(file, schema, signal);
  for (const entry of data.skipped)
    console.warn(`Skipped an invalid entry: ${describeSkippedEntry(file, entry)}`);
  return data;
}
