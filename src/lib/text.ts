/** Lower-cases and strips accents so that "Müller" and "muller" compare equal. */
export function foldText(text: string): string {
  // Plain ASCII (most titles, venues and names) needs no Unicode normalisation, whose tables cost
  // a phone a few milliseconds to load the first time.
  if (PLAIN_ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}
const PLAIN_ASCII = /^[\x20-\x7e]*$/;

/**
 * Orders labels alphabetically, ignoring case and accents, for sorting. Unlike localeCompare it
 * needs no collator, which a phone would build on the page's first render.
 */
export function compareText(a: string, b: string): number {
  const x = foldText(a);
  const y = foldText(b);
  return x < y ? -1 : x > y ? 1 : 0;
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
