import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { lenientList } from '../../lib/data-entries.ts';
import { fetchDataFile } from '../../lib/fetch-json.ts';
import { IdSchema, PaperIdsSchema, TextSchema } from '../../lib/ids.ts';
import { YearMonthSchema, YearSchema } from '../../lib/year-month.ts';

export const AWARDS_FILE = 'awards.json';

export const HonorSchema = z.object({
  id: IdSchema,
  name: TextSchema,
  /** Every year the honor was given, in any order. */
  years: z.array(YearSchema).min(1, { message: 'needs at least one year' }),
  /** Month-exact dates where the news announced it. */
  dates: z.array(YearMonthSchema).default([]),
  citation: TextSchema.optional(),
  detail: TextSchema.optional(),
  paperIds: PaperIdsSchema,
});
export type Honor = z.infer<typeof HonorSchema>;

export const CompetitionSchema = z.object({
  id: IdSchema,
  date: YearMonthSchema,
  result: TextSchema,
  name: TextSchema,
  aliases: z.array(TextSchema).default([]),
  track: TextSchema.optional(),
  event: TextSchema.optional(),
  team: TextSchema.optional(),
  recipients: TextSchema.optional(),
  detail: TextSchema.optional(),
  highlights: z
    .array(z.object({ date: YearMonthSchema, by: TextSchema, text: TextSchema }))
    .default([]),
  paperIds: PaperIdsSchema,
});
export type Competition = z.infer<typeof CompetitionSchema>;

export const StudentAwardSchema = z.object({
  id: IdSchema,
  date: YearMonthSchema,
  name: TextSchema,
  recipients: TextSchema,
  project: TextSchema.optional(),
  paperIds: PaperIdsSchema,
});
export type StudentAward = z.infer<typeof StudentAwardSchema>;

export const AwardsFileSchema = z
  .object({
    honors: lenientList('honors', HonorSchema),
    competitions: lenientList('competitions', CompetitionSchema).prefault([]),
    studentAwards: lenientList('studentAwards', StudentAwardSchema).prefault([]),
  })
  .transform((file) => ({
    honors: file.honors.items,
    competitions: file.competitions.items,
    studentAwards: file.studentAwards.items,
    skipped: [...file.honors.skipped, ...file.competitions.skipped, ...file.studentAwards.skipped],
  }));
export type AwardsData = z.output<typeof AwardsFileSchema>;

export function awardsQueryOptions() {
  return queryOptions({
    queryKey: ['awards'],
    queryFn: ({ signal }) => fetchDataFile(AWARDS_FILE, AwardsFileSchema, signal),
  });
}
