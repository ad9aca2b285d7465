import { z } from 'zod/mini';
import { lenientFile } from '#src/lib/lenient-file.ts';
import { DATED_ENTRY_FIELDS, LabelledLinkSchema, listOf, TextSchema } from '#src/lib/ids.ts';
import { NEWS_KINDS } from './news-kinds.ts';

export const NewsItemSchema = z.object({
  ...DATED_ENTRY_FIELDS,
  text: TextSchema,
  kind: z.enum(NEWS_KINDS),
  /** A link's address is absent where the source names it but does not give it. */
  links: listOf(LabelledLinkSchema),
});
export type NewsItem = z.infer<typeof NewsItemSchema>;

export const NewsFileSchema = lenientFile({ items: NewsItemSchema });
export type NewsData = z.output<typeof NewsFileSchema>;
