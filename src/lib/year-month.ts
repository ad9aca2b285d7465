import { z } from 'zod';

export const MIN_YEAR = 1990;
/** The latest plausible year: next year, so a paper "to appear" can be entered. */
export function maxYear(now = new Date()): number {
  return now.getFullYear() + 1;
}

export const YearSchema = z
  .number()
  .int()
  .refine((y) => y >= MIN_YEAR && y <= maxYear(), {
    message: `must be a year between ${MIN_YEAR} and next year`,
  });

export const YearMonthSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'must be a date written YYYY-MM (month 01-12)' })
  .refine((d) => YearSchema.safeParse(Number(d.slice(0, 4))).success, {
    message: `year must be between ${MIN_YEAR} and next year`,
  });
