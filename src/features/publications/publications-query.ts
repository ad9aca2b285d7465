import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { lenientList } from '#src/lib/data-entries.ts';
import { fetchDataFile } from '#src/lib/fetch-json.ts';
import { IdSchema, listOf, OptionalTextSchema, TextSchema } from '#src/lib/ids.ts';
import { SafeUrlSchema } from '#src/lib/safe-url.ts';
import { YearSchema } from '#src/lib/year-month.ts';

export const PUBLICATIONS_FILE = 'publications.json';

export const PAPER_TYPES = [
  'conference',
  'journal',
  'workshop',
  'preprint',
  'book',
  'chapter',
  'thesis',
  'other',
] as const;
export const PaperTypeSchema = z.enum(PAPER_TYPES);
export type PaperType = z.infer<typeof PaperTypeSchema>;

export const LINK_KINDS = [
  'paper',
  'code',
  'website',
  'demo',
  'poster',
  'slides',
  'video',
  'pdf',
  'blog',
  'supplement',
  'bibtex',
  'press',
  'other',
] as const;

export const PaperLinkSchema = z.object({
  kind: z.enum(LINK_KINDS),
  label: OptionalTextSchema,
  url: SafeUrlSchema,
});
export type PaperLink = z.infer<typeof PaperLinkSchema>;

export const TopicSchema = z.object({
  id: IdSchema,
  label: TextSchema,
  group: OptionalTextSchema,
});
export type Topic = z.infer<typeof TopicSchema>;

export const PaperSchema = z.object({
  id: IdSchema,
  title: TextSchema,
  shortName: OptionalTextSchema,
  aliases: listOf(TextSchema),
  /** Absent where no source gives the author list: the page then shows none. */
  authors: z.optional(
    z.array(TextSchema).check(z.minLength(1, { message: 'must list at least one author' })),
  ),
  authorsNote: OptionalTextSchema,
  /** How many leading authors contributed equally (marked with an asterisk). */
  equalContribution: z.optional(z.int().check(z.gte(2, { message: 'must be 2 or more' }))),
  /** Authors (as written in `authors`) marked as equal contributors where they are not the
   * leading ones, e.g. the second and third of five. */
  equalContributors: z.optional(z.array(TextSchema)),
  /** The short name on the badge and in the venue filter ("NeurIPS"); absent when unknown. */
  venue: OptionalTextSchema,
  venueName: OptionalTextSchema,
  year: YearSchema,
  type: PaperTypeSchema,
  honors: listOf(TextSchema),
  topics: listOf(IdSchema),
  /** One of the owner's selected papers (al-folio's `selected`, HugoBlox's `featured`). */
  featured: z.optional(z.boolean()),
  arxiv: z.optional(
    z
      .string()
      .check(
        z.regex(/^\d{4}\.\d{4,5}$/, { message: 'must be a new-style arXiv id such as 1811.08886' }),
      ),
  ),
  doi: z.optional(
    z
      .string()
      .check(
        z.regex(/^10\.\d{4,9}\/\S+$/, { message: 'must be a DOI such as 10.1145/3020078.3021745' }),
      ),
  ),
  abstract: OptionalTextSchema,
  links: listOf(PaperLinkSchema),
});
export type Paper = z.infer<typeof PaperSchema>;

/** Where the build puts a paper's own page, relative to the site: its citation tags and BibTeX,
 * readable without scripts. */
export const paperPagePath = (paper: Pick<Paper, 'id'>) => `papers/${paper.id}/`;

export const PublicationsFileSchema = z.pipe(
  z.object({
    topics: lenientList('topics', TopicSchema),
    papers: lenientList('papers', PaperSchema),
  }),
  z.transform((file) => ({
    topics: file.topics.items,
    papers: file.papers.items,
    skipped: [...file.topics.skipped, ...file.papers.skipped],
  })),
);
export type PublicationsData = z.output<typeof PublicationsFileSchema>;

export function publicationsQueryOptions() {
  return queryOptions({
    queryKey: ['publications'],
    queryFn: ({ signal }) => fetchDataFile(PUBLICATIONS_FILE, PublicationsFileSchema, signal),
  });
}
