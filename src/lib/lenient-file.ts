import { z } from 'zod/mini';
import { describeIssuePath, type LenientList, type SkippedEntry } from './data-entries.ts';

type Shape = Record<string, z.ZodMiniType>;

function idOf(value: unknown): string | undefined {
  if (typeof value === 'object' && value !== null && 'id' in value) {
    const id = (value as { id: unknown }).id;
    return typeof id === 'string' ? id : undefined;
  }
  return undefined;
}

/**
 * A list whose entries are validated one by one: a bad entry is dropped and described, so one bad
 * record never takes the whole section down.
 */
function lenientList<S extends z.ZodMiniType>(list: string, entry: S) {
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

/** What a lenient file reads as: its plain fields, its lists' valid entries, and what was skipped. */
export type LenientFileData<Fields extends Shape, Lists extends Shape> = {
  [K in keyof Fields]: z.output<Fields[K]>;
} & { [K in keyof Lists]: Array<z.output<Lists[K]>> } & { skipped: SkippedEntry[] };

function isLenientList(value: unknown): value is LenientList<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    'items' in value &&
    Array.isArray(value.items) &&
    'skipped' in value &&
    Array.isArray(value.skipped)
  );
}

/**
 * A data file whose lists are read entry by entry: a bad entry is dropped and described (file, list
 * index, field) rather than taking the whole section down; a list left out reads as empty.
 */
export function lenientFile<Lists extends Shape, Fields extends Shape = Record<never, never>>(
  lists: Lists,
  fields?: Fields,
) {
  const shape: Shape = { ...fields };
  for (const [name, entry] of Object.entries(lists)) shape[name] = lenientList(name, entry);
  return z.pipe(
    z.object(shape),
    z.transform((file): LenientFileData<Fields, Lists> => {
      const data: Record<string, unknown> = { ...file };
      const skipped: SkippedEntry[] = [];
      for (const name of Object.keys(lists)) {
        const list = file[name];
        if (!isLenientList(list)) throw new Error(`${name} was not read as a list`);
        data[name] = list.items;
        skipped.push(...list.skipped);
      }
      data.skipped = skipped;
      // The shape was built key by key from `fields` and `lists`, which TypeScript cannot follow.
      return data as LenientFileData<Fields, Lists>;
    }),
  );
}
