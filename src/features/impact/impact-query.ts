import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { lenientList } from '../../lib/data-entries.ts';
import { fetchDataFile } from '../../lib/fetch-json.ts';
import { IdSchema, PaperIdsSchema, TextSchema } from '../../lib/ids.ts';
import { YearMonthSchema } from '../../lib/year-month.ts';

export const IMPACT_FILE = 'impact.json';

export const AdoptionSchema = z.object({
  id: IdSchema,
  /** The product as the owner names it, e.g. "Intel OpenVino". */
  name: TextSchema,
  company: TextSchema,
  product: TextSchema,
  date: YearMonthSchema.optional(),
  detail: TextSchema.optional(),
  paperIds: PaperIdsSchema,
});
export type Adoption = z.infer<typeof AdoptionSchema>;

export const IntegrationSchema = z.object({
  id: IdSchema,
  companies: z.array(TextSchema).min(1),
  text: TextSchema,
  date: YearMonthSchema.optional(),
  paperIds: PaperIdsSchema,
});
export type Integration = z.infer<typeof IntegrationSchema>;

export const ImpactFileSchema = z
  .object({
    intro: TextSchema.optional(),
    adoptions: lenientList('adoptions', AdoptionSchema),
    integrations: lenientList('integrations', IntegrationSchema).prefault([]),
  })
  .transform((file) => ({
    intro: file.intro,
    adoptions: file.adoptions.items,
    integrations: file.integrations.items,
    skipped: [...file.adoptions.skipped, ...file.integrations.skipped],
  }));
export type ImpactData = z.output<typeof ImpactFileSchema>;

export function impactQueryOptions() {
  return queryOptions({
    queryKey: ['impact'],
    queryFn: ({ signal }) => fetchDataFile(IMPACT_FILE, ImpactFileSchema, signal),
  });
}
