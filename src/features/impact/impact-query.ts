import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { lenientList } from '#src/lib/data-entries.ts';
import { fetchDataFile } from '#src/lib/fetch-json.ts';
import { IdSchema, OptionalTextSchema, PaperIdsSchema, TextSchema } from '#src/lib/ids.ts';
import { YearMonthSchema } from '#src/lib/year-month.ts';

export const IMPACT_FILE = 'impact.json';

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

export const ImpactFileSchema = z.pipe(
  z.object({
    intro: OptionalTextSchema,
    adoptions: lenientList('adoptions', AdoptionSchema),
    integrations: lenientList('integrations', IntegrationSchema),
  }),
  z.transform((file) => ({
    intro: file.intro,
    adoptions: file.adoptions.items,
    integrations: file.integrations.items,
    skipped: [...file.adoptions.skipped, ...file.integrations.skipped],
  })),
);
export type ImpactData = z.output<typeof ImpactFileSchema>;

export function impactQueryOptions() {
  return queryOptions({
    queryKey: ['impact'],
    queryFn: ({ signal }) => fetchDataFile(IMPACT_FILE, ImpactFileSchema, signal),
  });
}
