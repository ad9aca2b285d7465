import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { lenientList } from '../../lib/data-entries.ts';
import { fetchDataFile } from '../../lib/fetch-json.ts';
import { IdSchema, PaperIdsSchema, TextSchema } from '../../lib/ids.ts';
import { SafeUrlSchema } from '../../lib/safe-url.ts';

export const MEDIA_FILE = 'media.json';

export const ArticleSchema = z.object({
  outlet: TextSchema,
  headline: TextSchema,
  url: SafeUrlSchema.optional(),
});
export type Article = z.infer<typeof ArticleSchema>;

export const MediaGroupSchema = z.object({
  id: IdSchema,
  project: TextSchema,
  venues: z.array(TextSchema).default([]),
  paperIds: PaperIdsSchema,
  articles: z.array(ArticleSchema).min(1, { message: 'needs at least one article' }),
});
export type MediaGroup = z.infer<typeof MediaGroupSchema>;

export const MediaFileSchema = z
  .object({ groups: lenientList('groups', MediaGroupSchema) })
  .transform((file) => ({ groups: file.groups.items, skipped: file.groups.skipped }));
export type MediaData = z.output<typeof MediaFileSchema>;

export function mediaQueryOptions() {
  return queryOptions({
    queryKey: ['media'],
    queryFn: ({ signal }) => fetchDataFile(MEDIA_FILE, MediaFileSchema, signal),
  });
}
