import { z } from 'zod/mini';

/** The earliest plausible year: a senior academic's or a historical bibliography's first papers. */
export const MIN_YEAR = 1800;
/** The latest plausible year: next year, so a paper "to appear" can be entered. */
export function maxYear(now = new Date()): number {
  return now.getFullYear() + 1;
}

function isPlausibleYear(year: number): boolean {
  return Number.isInteger(year) && year >= MIN_YEAR && year <= maxYear();
}

export const YearSchema = z
  .number()
  .check(
    z.refine(isPlausibleYear, { message: `must be a year between ${MIN_YEAR} and next year` }),
  );

export const YearMonthSchema = z.string().check(
  z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'must be a date written YYYY-MM (month 01-12)' }),
  z.refine((d) => isPlausibleYear(Number(d.slice(0, 4))), {
    message: `year must be between ${MIN_YEAR} and next year`,
  }),
);
