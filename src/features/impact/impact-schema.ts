import { z } from 'zod/mini';
import { lenientFile } from '#src/lib/lenient-file.ts';
import { IdSchema, OptionalTextSchema, PaperIdsSchema, TextSchema } from '#src/lib/ids.ts';
import { YearMonthSchema } from '#src/lib/year-month.ts';

export const AdoptionSchema = z.object({
  id: IdSchema,
  /** The product as the owner names it, e.g. "Intel OpenVino". */
  name: TextSchema,
  company: TextSchema,
  product: TextSchema,
  date: z.optional(YearMonthSchema),
  detail: OptionalTextSchema,
  paperIds: PaperIdsSchema,
});
export type Adoption = z.infer<typeof AdoptionSchema>;

export const IntegrationSchema = z.object({
  id: IdSchema,
  companies: z.array(TextSchema).check(z.minLength(1, { message: 'needs at least one company' })),
  text: TextSchema,
  date: z.optional(YearMonthSchema),
  paperIds: PaperIdsSchema,
});
export type Integration = z.infer<typeof IntegrationSchema>;

export const ImpactFileSchema = lenientFile(
  { adoptions: AdoptionSchema, integrations: IntegrationSchema },
  { intro: OptionalTextSchema },
);
export type ImpactData = z.output<typeof ImpactFileSchema>;
