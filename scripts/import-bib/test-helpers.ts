import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importBib, type ImportOptions, type PublicationsFile } from './import-entries.ts';
import type { StoredPaper } from './merge.ts';

/** A .bib file of tests/fixtures/bib, written in the style of a real source. */
export const fixtureBib = (name: string) =>
  readFileSync(join(process.cwd(), 'tests/fixtures/bib', name), 'utf8');

export const emptyPublications = (): PublicationsFile => ({ topics: [], papers: [] });

/** Imports a fixture into an empty site and returns the papers by their key's id. */
export function importFixture(
  name: string,
  options: ImportOptions = {},
  data: PublicationsFile = emptyPublications(),
) {
  const result = importBib(fixtureBib(name), data, { fileName: name, ...options });
  const byKey = (key: string): StoredPaper | undefined => {
    const id = result.report.added.find((a) => a.key === key)?.id;
    return result.file.papers.find((p) => p.id === id);
  };
  return { ...result, byKey };
}
