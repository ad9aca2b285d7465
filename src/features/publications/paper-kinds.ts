/** The types of paper a list can hold (ids appear in URLs: `?type=journal`). */
export const PAPER_TYPES = [
  'conference',
  'journal',
  'workshop',
  'preprint',
  'book',
  'chapter',
  'thesis',
  'other',
] as const;
export type PaperType = (typeof PAPER_TYPES)[number];

/** The kinds of link a paper can have; the interface names each (src/i18n). */
export const LINK_KINDS = [
  'paper',
  'code',
  'website',
  'demo',
  'poster',
  'slides',
  'video',
  'pdf',
  'blog',
  'supplement',
  'bibtex',
  'press',
  'other',
] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

/** Where the build puts a paper's own page, relative to the site: its citation tags and BibTeX,
 * readable without scripts. */
export const paperPagePath = (paper: { id: string }) => `papers/${paper.id}/`;
