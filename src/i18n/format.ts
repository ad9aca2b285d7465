import { createElement, Fragment, type ReactNode } from 'react';

/**
 * Formatting for a language through Intl: numbers, plurals, dates. Made once per language and
 * kept: an Intl object is costly to build on a phone, cheap to reuse.
 */
export interface Formatter {
  locale: string;
  number(value: number): string;
  /** The plural category of `count` in this language ('one', 'few', 'other', ...). */
  pluralCategory(count: number): Intl.LDMLPluralRule;
  /** "2022-09" -> "Sep 2022" in English, "2022年9月" in Chinese. */
  yearMonth(date: string, style?: 'short' | 'long'): string;
  /** Items joined as a list: "a, b and c". */
  list(items: readonly string[]): string;
}

/**
 * What a catalogue writes itself rather than ask Intl for: building an Intl.ListFormat or a
 * DateTimeFormat took 30 ms or more each on this machine (over 100 ms at 4x CPU), in the page's
 * first render, and they print the same few words every time. Each must print what Intl prints
 * (format.test.ts compares them).
 */
export interface OwnForms {
  /** Month 1-12 of a year: "Sep 2022" or "September 2022". */
  yearMonth(year: number, month: number, style: 'short' | 'long'): string;
  list(items: readonly string[]): string;
}

const formatters = new Map<string, Formatter>();

/** Builds a value on first use only: most pages never format a date or a list. */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

export function formatterFor(locale: string, own?: OwnForms): Formatter {
  let formatter = formatters.get(locale);
  if (formatter) return formatter;
  const numbers = lazy(() => new Intl.NumberFormat(locale));
  const plurals = lazy(() => new Intl.PluralRules(locale));
  const shortMonths = lazy(
    () => new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', timeZone: 'UTC' }),
  );
  const longMonths = lazy(
    () => new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }),
  );
  const lists = lazy(() => new Intl.ListFormat(locale, { type: 'conjunction' }));
  formatter = {
    locale,
    // Small whole numbers (most counts) need no NumberFormat, which a phone builds slowly.
    number: (value) =>
      Number.isInteger(value) && value >= 0 && value < 1000
        ? String(value)
        : numbers().format(value),
    pluralCategory: (count) => plurals().select(count),
    yearMonth(date, style = 'short') {
      const [year, month] = date.split('-').map(Number);
      if (!year || !month) return date;
      if (own && month <= 12) return own.yearMonth(year, month, style);
      return (style === 'long' ? longMonths() : shortMonths()).format(Date.UTC(year, month - 1, 1));
    },
    list: (items) => (own ? own.list(items) : lists().format(items)),
  };
  formatters.set(locale, formatter);
  return formatter;
}

/**
 * Picks the form of a phrase for a count, by the language's plural rules; `other` is required,
 * as it is the one form every language has. `#` in the form stands for the formatted count.
 */
export function plural(
  format: Formatter,
  count: number,
  forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string },
): string {
  const form = forms[format.pluralCategory(count)] ?? forms.other;
  return form.replace('#', format.number(count));
}

/**
 * A sentence around parts that are not plain text (a search match marked in a name): one node, so
 * a catalogue can order the parts as its language needs without JSX or keys.
 */
export function phrase(...parts: ReactNode[]): ReactNode {
  return createElement(Fragment, null, ...parts);
}
