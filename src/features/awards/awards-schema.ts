import { z } from 'zod/mini';
import { lenientFile } from '#src/lib/lenient-file.ts';
import {
  DATED_ENTRY_FIELDS,
  ENTRY_FIELDS,
  listOf,
  optionalTexts,
  TextSchema,
} from '#src/lib/ids.ts';
import { YearMonthSchema, YearSchema } from '#src/lib/year-month.ts';

export const HonorSchema = z.object({
  ...ENTRY_FIELDS,
  name: TextSchema,
  /** Every year the honor was given, in any order. */
  years: z.array(YearSchema).check(z.minLength(1, { message: 'needs at least one year' })),
  /** Month-exact dates where the news announced it. */
  dates: listOf(YearMonthSchema),
  ...optionalTexts('citation', 'detail'),
});
export type Honor = z.infer<typeof HonorSchema>;

export const CompetitionSchema = z.object({
  ...DATED_ENTRY_FIELDS,
  result: TextSchema,
  name: TextSchema,
  aliases: listOf(TextSchema),
  ...optionalTexts('track', 'event', 'team', 'recipients', 'detail'),
  highlights: listOf(z.object({ date: YearMonthSchema, by: TextSchema, text: TextSchema })),
});
export type Competition = z.infer<typeof CompetitionSchema>;

export const StudentAwardSchema = z.object({
  ...DATED_ENTRY_FIELDS,
  name: TextSchema,
  recipients: TextSchema,
  ...optionalTexts('project'),
});
export type StudentAward = z.infer<typeof StudentAwardSchema>;

export const AwardsFileSchema = lenientFile({
  honors: HonorSchema,
  competitions: CompetitionSchema,
  studentAwards: StudentAwardSchema,
});
export type AwardsData = z.output<typeof AwardsFileSchema>;
