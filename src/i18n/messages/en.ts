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
  /** A paper link's button, by its `kind` in publications.json (a link's own `label` wins). */
  linkKinds: {
    paper: 'Paper',
    pdf: 'PDF',
    code: 'Code',
    website: 'Website',
    demo: 'Demo',
    poster: 'Poster',
    slides: 'Slides',
    video: 'Video',
    blog: 'Blog',
    supplement: 'Supplement',
    bibtex: 'BibTeX',
    press: 'Press',
    other: 'Link',
  },
  /** A paper's `type` in publications.json, on its badge and in the type filter. */
  paperTypes: {
    conference: 'Conference',
    journal: 'Journal',
    workshop: 'Workshop',
    preprint: 'Preprint',
    book: 'Book',
    chapter: 'Book chapter',
    thesis: 'Thesis',
    other: 'Other',
  },
};

export type Messages = typeof messages;
