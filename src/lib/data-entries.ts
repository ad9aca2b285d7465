import { z } from 'zod/mini';

/** One entry that a data file holds but that failed its schema: kept out of the page, reported. */
export interface SkippedEntry {
  list: string;
  index: number;
  id: string | undefined;
  field: string;
  message: string;
}

export interface LenientList<T> {
  items: T[];
  skipped: SkippedEntry[];
}

function idOf(value: unknown): string | undefined {
  if (typeof value === 'object' && value !== null && 'id' in value) {
    const id = (value as { id: unknown }).id;
    return typeof id === 'string' ? id : undefined;
  }
  return undefined;
}

export function describeIssuePath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(entry)' : path.map(String).join('.');
}

/**
 * A list whose entries are validated one by one: a bad entry is dropped and described, so one bad
 * record never takes the whole section down.
 */
export function lenientList<S extends z.ZodMiniType>(list: string, entry: S) {
  const parseEntries = (raw: unknown[]): LenientList<z.output<S>> => {
    const items: z.output<S>[] = [];
    const skipped: SkippedEntry[] = [];
    raw.forEach((value, index) => {
      const parsed = entry.safeParse(value);
      if (parsed.success) {
        items.push(parsed.data);
        return;
      }
      const issue = parsed.error.issues[0];
      skipped.push({
        list,
        index,
        id: idOf(value),
        field: issue ? describeIssuePath(issue.path) : '(entry)',
        message: issue?.message ?? 'invalid entry',
      });
    });
    return { items, skipped };
  };
  // A list left out of the file reads as empty.
  return z.pipe(z._default(z.array(z.unknown()), []), z.transform(parseEntries));
}

export function describeSkippedEntry(file: string, entry: SkippedEntry): string {
  const who = entry.id ? `"${entry.id}" ` : '';
  return `${file}: ${entry.list}[${entry.index}] ${who}field ${entry.field}: ${entry.message}`;
}
