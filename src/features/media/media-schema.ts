import { z } from 'zod/mini';
import { lenientFile } from '#src/lib/lenient-file.ts';
import { ENTRY_FIELDS, listOf, SafeUrlSchema, TextSchema } from '#src/lib/ids.ts';

export const ArticleSchema = z.object({
  outlet: TextSchema,
  headline: TextSchema,
  url: z.optional(SafeUrlSchema),
});
export type Article = z.infer<typeof ArticleSchema>;

export const MediaGroupSchema = z.object({
  ...ENTRY_FIELDS,
  project: TextSchema,
  venues: listOf(TextSchema),
  articles: z.array(ArticleSchema).check(z.minLength(1, { message: 'needs at least one article' })),
});
export type MediaGroup = z.infer<typeof MediaGroupSchema>;

export const MediaFileSchema = lenientFile({ groups: MediaGroupSchema });
export type MediaData = z.output<typeof MediaFileSchema>;
