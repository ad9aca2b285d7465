import type { DataFile, DataFileContent } from '#src/lib/data-file.ts';
import { FIELD_WEIGHT, type SearchDoc, type SearchField } from '#src/search/search-doc.ts';

// Plain declarations: the build and the data worker read them too, without React.

/** An entry of any list of a section, as the search and the section's count see it. */
export interface ListedEntry {
  /** `<list>-<entry id>`: unique in the section. */
  id: string;
  /** What it adds to the section's count. */
  count: number;
  /** Built when the search first needs it, not when the file arrives. */
  doc: () => SearchDoc;
}

/** One list of a data file, as a section's search and count read it (its type erased). */
export interface EntryList<Data> {
  name: string;
  entries: (data: Data) => ListedEntry[];
}

type FieldKind = keyof typeof FIELD_WEIGHT;

/**
 * What the search reads of an entry, by kind of field (search-doc.ts says what each weighs): a
 * text, or pieces of one (pieces left out are skipped).
 */
export type SearchText = Partial<Record<FieldKind, string | readonly (string | undefined)[]>>;

const isFieldKind = (key: string): key is FieldKind => Object.hasOwn(FIELD_WEIGHT, key);

function searchFields(text: SearchText): SearchField[] {
  return Object.entries(text).flatMap(([kind, value]) =>
    isFieldKind(kind) && value !== undefined
      ? [
          {
            text: typeof value === 'string' ? value : value.filter(Boolean).join(' · '),
            weight: FIELD_WEIGHT[kind],
          },
        ]
      : [],
  );
}

/** The declaration of one list: where it is in the file and what search sees of an entry. */
export interface EntryListDeclaration<Data, T extends { id: string }> {
  /** Names the list in entry ids ("honor" → "honor-acm-fellow"); unique in its section. */
  name: string;
  of: (data: Data) => readonly T[];
  search: (entry: T) => SearchText;
  /** What an entry adds to the section's count: one unless it says (an impact section counts
   * products, not integrations; a media group counts its articles). */
  counts?: (entry: T) => number;
}

export interface TypedEntryList<Data, T extends { id: string }>
  extends EntryList<Data>, EntryListDeclaration<Data, T> {
  /** The id its entry has among the section's entries. */
  idOf: (entry: T) => string;
}

export function entryList<Data, T extends { id: string }>(
  declaration: EntryListDeclaration<Data, T>,
): TypedEntryList<Data, T> {
  const idOf = (entry: T) => `${declaration.name}-${entry.id}`;
  return {
    ...declaration,
    idOf,
    entries: (data) =>
      declaration.of(data).map((entry) => ({
        id: idOf(entry),
        count: declaration.counts?.(entry) ?? 1,
        doc: () => ({ id: idOf(entry), fields: searchFields(declaration.search(entry)) }),
      })),
  };
}

/** A section of entries read from one data file, declared once for the page, search and build. */
export interface EntrySource<Data extends DataFileContent> {
  file: DataFile<Data>;
  lists: readonly EntryList<Data>[];
}

/** Whether a file's contents give the section anything to show. */
export function hasEntries<Data extends DataFileContent>(
  source: EntrySource<Data>,
  data: Data,
): boolean {
  return source.lists.some((list) => list.entries(data).length > 0);
}
