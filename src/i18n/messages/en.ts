import type { ReactNode } from 'react';
import { formatterFor, phrase, plural } from '#src/i18n/format.ts';

const MONTHS =
  'January February March April May June July August September October November December';
const longMonths = MONTHS.split(' ');
const shortMonths = longMonths.map((name) => name.slice(0, 3));
const format = formatterFor('en', {
  yearMonth: (year, month, style) =>
    `${(style === 'long' ? longMonths : shortMonths)[month - 1]} ${year}`,
  // "a and b", "a, b, and c".
  list: (items) =>
    items.length <= 2
      ? items.join(' and ')
      : `${items.slice(0, -1).join(', ')}, and ${items.at(-1)}`,
});
const count = (n: number, one: string, other: string) =>
  plural(format, n, { one: `# ${one}`, other: `# ${other}` });
/** A section's count, whole ("12 awards") and while a search narrows it ("3 of 12 awards"). */
const counts = (one: string, other: string) => ({
  count: (n: number) => count(n, one, other),
  countOf: (shown: number, total: number) =>
    `${format.number(shown)} of ${count(total, one, other)}`,
});

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
    clearSearch: 'Clear search',
    clearSearchAndFilters: 'Clear search and filters',
    entriesSkipped: (n: number) =>
      plural(format, n, {
        one: '# entry could not be read and is not shown.',
        other: '# entries could not be read and are not shown.',
      }),
    loading: (what: string) => `Loading ${what}`,
    couldNotLoad: (what: string) => `${what} could not be loaded.`,
    couldNotShow: (what: string) => `${what} could not be shown.`,
    somethingWentWrong:
      'Something in this part of the page went wrong. The rest of the page still works.',
    unknownError: 'An unknown error occurred.',
    links: 'Links',
  },
  /** Why a data file did not load, for the visitor. */
  dataErrors: {
    network: (file: string) => `${file} could not be reached: the network seems down.`,
    http: (file: string, status: number) =>
      `${file} could not be loaded (the server answered ${status}).`,
    notJson: (file: string) => `${file} is not valid JSON.`,
    shape: (file: string, where: string, detail: string) =>
      `${file} does not have the expected shape${where ? ` at ${where}` : ''}: ${detail}.`,
  },
  /** Each section's title (a site may give its own in site.json), its short name in the
   * navigation, and what its content is called in messages ("the news could not be loaded"). */
  sections: {
    research: { title: 'Research Interests', nav: 'Research', what: 'The research interests' },
    publications: { title: 'Publications', nav: 'Publications', what: 'The publication list' },
    news: { title: 'News', nav: 'News', what: 'The news' },
    awards: { title: 'Awards', nav: 'Awards', what: 'The awards' },
    impact: { title: 'Industry Impact', nav: 'Impact', what: 'The industry impact' },
    media: { title: 'Media Coverage', nav: 'Media', what: 'The media coverage' },
    teaching: { title: 'Teaching', nav: 'Teaching', what: 'The teaching' },
    sponsors: { title: 'Sponsors', nav: 'Sponsors', what: 'The sponsors' },
    contact: { title: 'Education & Contact', nav: 'Contact', what: 'The contact details' },
  },
  app: {
    skipToMain: 'Skip to the content',
    sectionsNav: 'Sections',
    copyright: (name: string) => `© ${name}.`,
    shareHint:
      'Search, filters and the view you see are kept in the address bar: copy it to share this view.',
  },
  /** What the page's head, its feed and its paper pages say (search engines show it). */
  head: {
    who: (name: string, role: string) => (role ? `${name}, ${role}.` : `${name}.`),
    holds: (sections: readonly string[]) =>
      sections.length > 0 ? `${format.list(sections)}.` : '',
    feedTitle: (name: string) => `${name}: news`,
  },
  paperPage: {
    allPublications: (name: string) => `${name}: all publications`,
  },
  theme: {
    /** The theme button's name: the theme now, and what a press changes it to. */
    button: (now: string, next: string) => `Theme: ${now}. Switch to ${next}`,
    system: 'the system’s',
    light: 'light',
    dark: 'dark',
  },
  search: {
    /** The search box's label, naming what it searches: "Search publications, news and awards". */
    label: (sections: readonly string[]) => `Search ${format.list(sections)}`,
    placeholder: 'Search…',
    searching: 'Searching…',
    hint: 'Type to search every section; press / to jump here and Escape to clear.',
    /** The matches per section, read out once typing pauses: "Publications 5, News 2". */
    found: (sections: readonly string[]) => `Found: ${format.list(sections)}.`,
    nothingMatches: (query: string) => `Nothing matches “${query}”.`,
    /** A section's search worker could not read its file: what, then why and what happens now. */
    couldNotLoad: (what: string) => `${what} could not be loaded for searching.`,
    unavailable:
      'Search is unavailable until it loads: the whole list is shown, and the filters work.',
    /** Lower-case names of what each section holds, for the search box's label. */
    scopes: {
      publications: 'publications',
      news: 'news',
      awards: 'awards',
      impact: 'impact',
      media: 'media',
    },
  },
  profile: {
    loading: 'Loading the profile',
    fallbackTitle: 'Profile',
    what: 'The profile',
    projects: 'Projects:',
    education: 'Education',
    contact: 'Contact',
    email: 'Email:',
    advisor: (name: string) => `Advisor: ${name}`,
  },
  paperRefs: {
    paper: (n: number): string => (n === 1 ? 'Paper:' : 'Papers:'),
    fromPaper: (n: number): string => (n === 1 ? 'From paper:' : 'From papers:'),
  },
  publications: {
    count: (n: number) => count(n, 'paper', 'papers'),
    countOf: (shown: number, total: number) =>
      `${format.number(shown)} of ${count(total, 'paper', 'papers')}`,
    yearCount: (n: number) => `(${count(n, 'paper', 'papers')})`,
    filters: 'Filters',
    filtersActive: (n: number) => `Filters (${format.number(n)})`,
    filterHeading: 'Filter publications',
    showingOne: 'Showing one paper.',
    showAll: 'Show all publications',
    noMatchQuery: (query: string, withFilters: boolean) =>
      `No publications match “${query}”${withFilters ? ' with these filters' : ''}.`,
    noMatchFilters: 'No publications match these filters.',
    showMore: (n: number) => `Show ${format.number(n)} more`,
    shownOf: (shown: number, total: number) =>
      `${format.number(shown)} of ${format.number(total)} shown`,
    loadingFilters: 'Loading filters',
  },
  paper: {
    equalContribution: 'equal contribution',
    equalContributionNote: '(* equal contribution)',
    abstract: 'Abstract',
    resourcesFor: (name: string) => `Resources for ${name}`,
    topics: 'Topics',
    showTopic: (topic: string) => `Show all ${topic} papers`,
    bibtex: 'BibTeX',
    citation: 'Citation',
    arxiv: 'arXiv',
    doi: 'DOI',
    linkKinds: {
      paper: 'Paper',
      code: 'Code',
      website: 'Website',
      demo: 'Demo',
      poster: 'Poster',
      slides: 'Slides',
      video: 'Video',
      pdf: 'PDF',
      blog: 'Blog',
      supplement: 'Supplement',
      bibtex: 'BibTeX',
      press: 'Press',
      other: 'Link',
    },
    types: {
      conference: 'Conference',
      journal: 'Journal',
      workshop: 'Workshop',
      preprint: 'Preprint',
      book: 'Book',
      chapter: 'Book chapter',
      thesis: 'Thesis',
      other: 'Other',
    },
  },
  sort: {
    label: 'Sort',
    relevance: 'Best match first',
    newest: 'Newest first',
    oldest: 'Oldest first',
  },
  filters: {
    selected: 'Selected',
    selectedOnly: 'Selected papers only',
    year: 'Year',
    from: 'From',
    to: 'To',
    anyYear: 'Any year',
    yearOption: (year: number, n: number) => `${year} (${format.number(n)})`,
    topic: 'Topic',
    type: 'Type',
    honor: 'Honor',
    venue: 'Venue',
    optionCount: (n: number) => `(${count(n, 'paper', 'papers')})`,
    /** The year chart: its name, a bar's name, and the chart as one sentence (without scripts). */
    perYear: 'Papers per year',
    /** A year under its bar, where four digits would not fit: ’19. */
    yearShort: (year: number) => `’${String(year).slice(-2)}`,
    yearBar: (year: number, n: number) => `${year}: ${count(n, 'paper', 'papers')}`,
    perYearSummary: (bars: readonly string[]) => `Papers per year: ${bars.join(', ')}`,
    chartHint: 'Choose a year, then another for a range.',
    authors: 'Authors',
    findAuthor: 'Find a co-author',
    /** Under the Authors filter with nothing typed: how many of the co-authors are listed. */
    authorsTop: (shown: number, total: number) =>
      shown === 0
        ? 'No co-authors in these papers.'
        : shown === total
          ? plural(format, total, {
              one: 'The one co-author of these papers.',
              other: 'All # co-authors of these papers.',
            })
          : `The ${format.number(shown)} most frequent of ${count(total, 'co-author', 'co-authors')}.`,
    /** What typing a name found. */
    authorsFound: (found: number, shown: number, typed: string) =>
      found === 0
        ? `No co-author matches “${typed}”.`
        : `${plural(format, found, { one: '# co-author matches', other: '# co-authors match' })} “${typed}”${
            shown < found ? `; the ${format.number(shown)} with the most papers are listed` : ''
          }.`,
    clearAll: (active: number) =>
      active > 0 ? `Clear all filters (${active})` : 'Clear all filters',
  },
  news: {
    ...counts('item', 'items'),
    filterGroup: 'Filter news',
    year: 'Year',
    allYears: 'All years',
    yearOption: (year: number, n: number) => `${year} (${format.number(n)})`,
    kindGroup: 'Kind of news',
    noMatchQuery: (query: string) => `No news matches “${query}”.`,
    noMatchFilters: 'No news matches these filters.',
    kinds: {
      paper: 'Paper',
      award: 'Award',
      talk: 'Talk',
      media: 'Media',
      release: 'Release',
      course: 'Course',
      student: 'Student',
      competition: 'Competition',
    },
  },
  awards: {
    ...counts('award', 'awards'),
    honors: 'Honors',
    competitions: 'Competition awards',
    students: 'Student awards',
    /** A honor's reason; the text is marked where it matches the search. */
    citation: (text: ReactNode) => phrase('For ', text),
    /** A student award's project, after the recipients. */
    project: (project: ReactNode) => phrase(', for “', project, '”'),
    noMatch: (query: string) => `No awards match “${query}”.`,
  },
  impact: {
    ...counts('product', 'products'),
    integrations: 'Industry integrations',
    /** A company's own words about the work. */
    quote: (text: ReactNode) => phrase('“', text, '”'),
    noMatch: (query: string) => `No industry products match “${query}”.`,
  },
  media: {
    ...counts('article', 'articles'),
    noMatch: (query: string) => `No articles match “${query}”.`,
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
