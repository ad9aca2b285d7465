import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { lenientList } from '../../lib/data-entries.ts';
import { fetchDataFile } from '../../lib/fetch-json.ts';
import { IdSchema, TextSchema } from '../../lib/ids.ts';
import { SafeUrlSchema } from '../../lib/safe-url.ts';
import { YearSchema } from '../../lib/year-month.ts';

export const PUBLICATIONS_FILE = 'publications.json';

export const PAPER_TYPES = ['conference', 'journal', 'workshop', 'preprint'] as const;
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
  'bibtex',
  'press',
  'other',
] as const;

export const PaperLinkSchema = z.object({
  kind: z.enum(LINK_KINDS),
  label: TextSchema.optional(),
  url: SafeUrlSchema,
});
export type PaperLink = z.infer<typeof PaperLinkSchema>;

export const TopicSchema = z.object({
  id: IdSchema,
  label: TextSchema,
  group: TextSchema.optional(),
});
export type Topic = z.infer<typeof TopicSchema>;

export const PaperSchema = z.object({
  id: IdSchema,
  title: TextSchema,
  shortName: TextSchema.optional(),
  aliases: z.array(TextSchema).default([]),
  /** Absent where no source gives the author list: the page then shows none. */
  authors: z.array(TextSchema).min(1).optional(),
  authorsNote: TextSchema.optional(),
  /** How many leading authors contributed equally (marked with an asterisk). */
  equalContribution: z.number().int().min(2).optional(),
  venue: TextSchema,
  venueName: TextSchema.optional(),
  year: YearSchema,
  type: PaperTypeSchema,
  honors: z.array(TextSchema).default([]),
  topics: z.array(IdSchema).min(1, { message: 'needs at least one topic' }),
  arxiv: z
    .string()
    .regex(/^\d{4}\.\d{4,5}$/, { message: 'must be a new-style arXiv id such as 1811.08886' })
    .optional(),
  doi: z
    .string()
    .regex(/^10\.\d{4,9}\/\S+$/, { message: 'must be a DOI such as 10.1145/3020078.3021745' })
    .optional(),
  links: z.array(PaperLinkSchema).default([]),
});
export type Paper = z.infer<typeof PaperSchema>;

export const PublicationsFileSchema = z
  .object({
    topics: lenientList('topics', TopicSchema),
    papers: lenientList('papers', PaperSchema),
  })
  .transform((file) => ({
    topics: file.topics.items,
    papers: file.papers.items,
    skipped: [...file.topics.skipped, ...file.papers.skipped],
  }));
export type PublicationsData = z.output<typeof PublicationsFileSchema>;

export function publicationsQueryOptions() {
  return queryOptions({
    queryKey: ['publications'],
    queryFn: ({ signal }) => fetchDataFile(PUBLICATIONS_FILE, PublicationsFileSchema, signal),
  });
}
