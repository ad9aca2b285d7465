import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { lenientList } from '#src/lib/data-entries.ts';
import { fetchDataFile } from '#src/lib/fetch-json.ts';
import { IdSchema, listOf, PaperIdsSchema, TextSchema } from '#src/lib/ids.ts';
import { SafeUrlSchema } from '#src/lib/safe-url.ts';
import { YearMonthSchema } from '#src/lib/year-month.ts';

export const NEWS_FILE = 'news.json';

export const NEWS_KINDS = [
  'paper',
  'award',
  'talk',
  'media',
  'release',
  'course',
  'student',
  'competition',
] as const;
export type NewsKind = (typeof NEWS_KINDS)[number];

export const NEWS_KIND_LABELS: Record<NewsKind, string> = {
  paper: 'Paper',
  award: 'Award',
  talk: 'Talk',
  media: 'Media',
  release: 'Release',
  course: 'Course',
  student: 'Student',
  competition: 'Competition',
};

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

export const NewsFileSchema = z.pipe(
  z.object({ items: lenientList('items', NewsItemSchema) }),
  z.transform((file) => ({ items: file.items.items, skipped: file.items.skipped })),
);
export type NewsData = z.output<typeof NewsFileSchema>;

export function newsQueryOptions() {
  return queryOptions({
    queryKey: ['news'],
    queryFn: ({ signal }) => fetchDataFile(NEWS_FILE, NewsFileSchema, signal),
  });
}
