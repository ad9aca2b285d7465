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
  /** The Cite dialog and the publication list's Export control. */
  cite: {
    open: 'Cite',
    title: 'Cite this paper',
    styleLegend: 'Style',
    /** Style and file format names stay as researchers know them. */
    styles: {
      apa: 'APA',
      ieee: 'IEEE',
      chicago: 'Chicago (author-date)',
      mla: 'MLA',
      harvard: 'Harvard',
      bibtex: 'BibTeX',
    },
    referenceLabel: (style: string) => `Reference in ${style}`,
    loading: 'Formatting…',
    loadFailed: 'This style could not be loaded.',
    copy: 'Copy',
    copied: (style: string) => `${style} reference copied to the clipboard.`,
    copyFailed: 'Copying was blocked: the reference is selected, copy it from there.',
    downloadHeading: 'Download for a reference manager',
    formats: { ris: 'RIS', 'csl-json': 'CSL-JSON', bibtex: 'BibTeX' },
    formatUses: {
      ris: 'EndNote, Zotero, Mendeley',
      'csl-json': 'Zotero, pandoc, citation tools',
      bibtex: 'LaTeX',
    },
    close: 'Close',
    exportLabel: (count: number, all: boolean) =>
      all
        ? plural(format, count, { one: 'Export the paper as', other: 'Export all # papers as' })
        : plural(format, count, { one: 'Export # paper as', other: 'Export # papers as' }),
  },
};

export type Messages = typeof messages;
