import { z } from 'zod/mini';
import { lenientFile } from '#src/lib/lenient-file.ts';
import { ENTRY_FIELDS, OptionalTextSchema, TextSchema } from '#src/lib/ids.ts';
import { YearMonthSchema } from '#src/lib/year-month.ts';

/** Either kind of impact may give the month it happened. */
const MAYBE_DATED = { ...ENTRY_FIELDS, date: z.optional(YearMonthSchema) };

export const AdoptionSchema = z.object({
  ...MAYBE_DATED,
  /** The product as the owner names it, e.g. "Intel OpenVino". */
  name: TextSchema,
  company: TextSchema,
  product: TextSchema,
  detail: OptionalTextSchema,
});
export type Adoption = z.infer<typeof AdoptionSchema>;

export const IntegrationSchema = z.object({
  ...MAYBE_DATED,
  companies: z.array(TextSchema).check(z.minLength(1, { message: 'needs at least one company' })),
  text: TextSchema,
});
export type Integration = z.infer<typeof IntegrationSchema>;

export const ImpactFileSchema = lenientFile(
  { adoptions: AdoptionSchema, integrations: IntegrationSchema },
  { intro: OptionalTextSchema },
);
export type ImpactData = z.output<typeof ImpactFileSchema>;
