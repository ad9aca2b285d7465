import { formatterFor, plural } from '#src/i18n/format.ts';

const format = formatterFor('en');

/**
 * The interface in English: the reference catalogue. Every other language has the same keys
 * (its type is this one's), so a missing word fails the type check, not the page.
 */
export const messages = {
  /** BCP 47 tag: <html lang>, Intl. */
  language: 'en',
  format,
  common: {
    retry: 'Retry',
    entriesSkipped: (count: number) =>
      plural(format, count, {
        one: '# entry could not be read and is not shown.',
        other: '# entries could not be read and are not shown.',
      }),
  },
};

export type Messages = typeof messages;
