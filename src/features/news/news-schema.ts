import { z } from 'zod/mini';
import { lenientFile } from '#src/lib/lenient-file.ts';
import { IdSchema, listOf, PaperIdsSchema, TextSchema, SafeUrlSchema } from '#src/lib/ids.ts';
import { YearMonthSchema } from '#src/lib/year-month.ts';
import { NEWS_KINDS } from './news-kinds.ts';

export const NewsLinkSchema = z.object({
  label: TextSchema,
  /** Absent where the source names a link but its address is not known. */
  url: z.optional(SafeUrlSchema),
});

export const NewsItemSchema = z.object({
  id: IdSchema,
  date: YearMonthSchema,
  text: TextSchema,
  kind: z.enum(NEWS_KINDS),
  paperIds: PaperIdsSchema,
  links: listOf(NewsLinkSchema),
});
export type NewsItem = z.infer<typeof NewsItemSchema>;

export const NewsFileSchema = lenientFile({ items: NewsItemSchema });
export type NewsData = z.output<typeof NewsFileSchema>;
