import { foldText } from '#src/lib/text.ts';

/** A paper as stored: a plain object, so that nothing the owner wrote is lost on the way. */
export type StoredPaper = Record<string, unknown>;

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
const normalTitle = (title: string) =>
  foldText(title)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * Whether two entries are one paper: the same arXiv id or DOI; or the same title where one is a
 * preprint or both name the same venue. Two different DOIs, or a conference and a journal version
 * under one title, are two papers.
 */
export function samePaper(a: StoredPaper, b: StoredPaper): boolean {
  const [arxivA, arxivB] = [text(a.arxiv), text(b.arxiv)];
  if (arxivA && arxivB) return arxivA === arxivB;
  const [doiA, doiB] = [text(a.doi)?.toLowerCase(), text(b.doi)?.toLowerCase()];
  if (doiA && doiB) return doiA === doiB;
  const [titleA, titleB] = [text(a.title), text(b.title)];
  if (!titleA || !titleB || normalTitle(titleA) !== normalTitle(titleB)) return false;
  if (a.type === 'preprint' || b.type === 'preprint') return true;
  const [venueA, venueB] = [text(a.venue), text(b.venue)];
  return !venueA || !venueB || foldText(venueA) === foldText(venueB);
}

/** What describes where a paper appeared: taken as a whole from the published version. */
const PUBLICATION_FIELDS = ['venue', 'venueName', 'year', 'type'] as const;
/** Filled where the paper lacks them, never overwritten. */
const FILLED_FIELDS = [
  'authors',
  'equalContribution',
  'equalContributors',
  'shortName',
  'venue',
  'venueName',
  'arxiv',
  'doi',
  'abstract',
  'featured',
] as const;

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const isEmpty = (value: unknown) =>
  value === undefined || (Array.isArray(value) && value.length === 0);

/**
 * Adds to `target` what `source` knows and it does not, and returns the names of the fields it
 * changed. With `upgrade`, a preprint takes the venue, year and type of its published version.
 */
export function mergeInto(target: StoredPaper, source: StoredPaper, upgrade: boolean): string[] {
  const changed: string[] = [];
  if (upgrade && target.type === 'preprint' && source.type !== 'preprint') {
    for (const field of PUBLICATION_FIELDS) {
      if (target[field] === source[field]) continue;
      // An absent field becomes undefined, which the written JSON leaves out.
      target[field] = source[field];
      changed.push(field);
    }
  }
  for (const field of FILLED_FIELDS) {
    if (target[field] === undefined && source[field] !== undefined) {
      target[field] = source[field];
      changed.push(field);
    }
  }
  if (isEmpty(target.topics) && !isEmpty(source.topics)) {
    target.topics = source.topics;
    changed.push('topics');
  }
  for (const field of ['honors', 'links'] as const) {
    const have = list(target[field]);
    // A link is known by its address, an honor by its words.
    const key = (item: unknown) =>
      typeof item === 'object' && item !== null && 'url' in item ? item.url : item;
    const known = new Set(have.map(key));
    const extra = list(source[field]).filter((item) => !known.has(key(item)));
    if (extra.length > 0) {
      target[field] = [...have, ...extra];
      changed.push(field);
    }
  }
  return changed;
}
