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

export function describeIssuePath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(entry)' : path.map(String).join('.');
}

export function describeSkippedEntry(file: string, entry: SkippedEntry): string {
  const who = entry.id ? `"${entry.id}" ` : '';
  return `${file}: ${entry.list}[${entry.index}] ${who}field ${entry.field}: ${entry.message}`;
}
