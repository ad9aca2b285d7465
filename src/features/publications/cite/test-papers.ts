import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  PublicationsFileSchema,
  type Paper,
} from '#src/features/publications/publications-schema.ts';

/** Song Han's papers, for tests that check the formats against real entries. */
export const papers = PublicationsFileSchema.parse(
  JSON.parse(readFileSync(join(process.cwd(), 'data', 'publications.json'), 'utf8')),
).papers;

export function paperById(id: string): Paper {
  const paper = papers.find((p) => p.id === id);
  if (!paper) throw new Error(`no paper "${id}" in data/publications.json`);
  return paper;
}
