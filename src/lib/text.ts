/** Lower-cases and strips accents so that "Müller" and "muller" compare equal. */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A URL-safe id for a free-text value: "Best Paper" -> "best-paper", "IEEE Micro" -> "ieee-micro". */
export function slugify(text: string): string {
  return foldText(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** "2022-09" -> "Sep 2022" (or "September 2022" with `long`). */
export function formatYearMonth(date: string, long = false): string {
  const [year, month] = date.split('-');
  const name = MONTHS[Number(month) - 1];
  if (!name) return year ?? date;
  return `${long ? name : name.slice(0, 3)} ${year}`;
}

export function pluralize(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
