import { z } from 'zod/mini';
import { lenientFile } from '#src/lib/lenient-file.ts';
import { IdSchema, listOf, OptionalTextSchema, TextSchema, SafeUrlSchema } from '#src/lib/ids.ts';
import { YearSchema } from '#src/lib/year-month.ts';
import { LINK_KINDS, PAPER_TYPES } from './paper-kinds.ts';

export const PaperTypeSchema = z.enum(PAPER_TYPES);

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

export const PublicationsFileSchema = lenientFile({ topics: TopicSchema, papers: PaperSchema });
export type PublicationsData = z.output<typeof PublicationsFileSchema>;
