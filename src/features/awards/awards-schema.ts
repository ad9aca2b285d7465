import { z } from 'zod/mini';
import { lenientFile } from '#src/lib/lenient-file.ts';
import { IdSchema, listOf, OptionalTextSchema, PaperIdsSchema, TextSchema } from '#src/lib/ids.ts';
import { YearMonthSchema, YearSchema } from '#src/lib/year-month.ts';

export const HonorSchema = z.object({
  id: IdSchema,
  name: TextSchema,
  /** Every year the honor was given, in any order. */
  years: z.array(YearSchema).check(z.minLength(1, { message: 'needs at least one year' })),
  /** Month-exact dates where the news announced it. */
  dates: listOf(YearMonthSchema),
  citation: OptionalTextSchema,
  detail: OptionalTextSchema,
  paperIds: PaperIdsSchema,
});
export type Honor = z.infer<typeof HonorSchema>;

export const CompetitionSchema = z.object({
  id: IdSchema,
  date: YearMonthSchema,
  result: TextSchema,
  name: TextSchema,
  aliases: listOf(TextSchema),
  track: OptionalTextSchema,
  event: OptionalTextSchema,
  team: OptionalTextSchema,
  recipients: OptionalTextSchema,
  detail: OptionalTextSchema,
  highlights: listOf(z.object({ date: YearMonthSchema, by: TextSchema, text: TextSchema })),
  paperIds: PaperIdsSchema,
});
export type Competition = z.infer<typeof CompetitionSchema>;

export const StudentAwardSchema = z.object({
  id: IdSchema,
  date: YearMonthSchema,
  name: TextSchema,
  recipients: TextSchema,
  project: OptionalTextSchema,
  paperIds: PaperIdsSchema,
});
export type StudentAward = z.infer<typeof StudentAwardSchema>;

export const AwardsFileSchema = lenientFile({
  honors: HonorSchema,
  competitions: CompetitionSchema,
  studentAwards: StudentAwardSchema,
});
export type AwardsData = z.output<typeof AwardsFileSchema>;
