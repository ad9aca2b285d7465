import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { lenientList } from '#src/lib/data-entries.ts';
import { fetchDataFile } from '#src/lib/fetch-json.ts';
import { IdSchema, listOf, PaperIdsSchema, TextSchema } from '#src/lib/ids.ts';
import { SafeUrlSchema } from '#src/lib/safe-url.ts';

export const MEDIA_FILE = 'media.json';

export const ArticleSchema = z.object({
  outlet: TextSchema,
  headline: TextSchema,
  url: z.optional(SafeUrlSchema),
});
export type Article = z.infer<typeof ArticleSchema>;

export const MediaGroupSchema = z.object({
  id: IdSchema,
  project: TextSchema,
  venues: listOf(TextSchema),
  paperIds: PaperIdsSchema,
  articles: z.array(ArticleSchema).check(z.minLength(1, { message: 'needs at least one article' })),
});
export type MediaGroup = z.infer<typeof MediaGroupSchema>;

export const MediaFileSchema = z.pipe(
  z.object({ groups: lenientList('groups', MediaGroupSchema) }),
  z.transform((file) => ({ groups: file.groups.items, skipped: file.groups.skipped })),
);
export type MediaData = z.output<typeof MediaFileSchema>;

export function mediaQueryOptions() {
  return queryOptions({
    queryKey: ['media'],
    queryFn: ({ signal }) => fetchDataFile(MEDIA_FILE, MediaFileSchema, signal),
  });
}
