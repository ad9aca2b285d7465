import { parse as parseName } from '@citation-js/name';
import { citationUrl } from '#src/features/publications/bibtex.ts';
import type { PaperType } from '#src/features/publications/paper-kinds.ts';
import type { Paper } from '#src/features/publications/publications-schema.ts';

/** A person in CSL-JSON: the parts citation styles put in order. */
export interface CslName {
  family?: string;
  given?: string;
  'non-dropping-particle'?: string;
  'dropping-particle'?: string;
  suffix?: string;
}

/**
 * One paper as a CSL-JSON item (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html):
 * the one description every format is made from. Only what the data says is here: no pages,
 * volume, publisher or DOI is guessed.
 */
export interface CslItem {
  id: string;
  type:
    'paper-conference' | 'article-journal' | 'article' | 'book' | 'chapter' | 'thesis' | 'document';
  title: string;
  'title-short'?: string;
  author?: CslName[];
  'container-title'?: string;
  'container-title-short'?: string;
  volume?: string;
  issue?: string;
  /** For a preprint: where it is posted (arXiv, bioRxiv ...). */
  publisher?: string;
  /** For a preprint: its identifier there ("arXiv:1811.08886"). */
  number?: string;
  issued: { 'date-parts': [[number]] };
  DOI?: string;
  URL?: string;
  abstract?: string;
  note?: string;
}

/** A workshop paper is a paper in a conference's programme; CSL's "article" is a preprint. */
const CSL_TYPES = {
  conference: 'paper-conference',
  workshop: 'paper-conference',
  journal: 'article-journal',
  preprint: 'article',
  book: 'book',
  chapter: 'chapter',
  thesis: 'thesis',
  other: 'document',
} as const satisfies Record<PaperType, CslItem['type']>;

/**
 * A journal's name as the data writes it may end with the volume and issue ("IEEE Micro, vol. 40,
 * no. 1"): citation styles place and style those themselves, so they are read out of the name.
 */
const JOURNAL_ISSUE =
  /^(?<name>.+?),\s*vol\.\s*(?<volume>[\w-]+)(?:,\s*no\.\s*(?<issue>[\w-]+))?$/i;

/** "Ludwig van Beethoven" -> given Ludwig, particle van, family Beethoven; a single word is a family name. */
export function toCslName(name: string): CslName {
  const parsed = parseName(name);
  const result: CslName = {};
  for (const key of [
    'family',
    'given',
    'non-dropping-particle',
    'dropping-particle',
    'suffix',
  ] as const)
    if (parsed[key]) result[key] = parsed[key];
  return result.family ? result : { family: name };
}

/** Each field of a paper goes to one CSL variable (or none, where CSL has no place for it). */
export function paperToCsl(paper: Paper): CslItem {
  const item: CslItem = {
    id: paper.id,
    type: CSL_TYPES[paper.type],
    title: paper.title,
    issued: { 'date-parts': [[paper.year]] },
  };
  if (paper.shortName && paper.shortName !== paper.title) item['title-short'] = paper.shortName;
  if (paper.authors) item.author = paper.authors.map(toCslName);
  const notes: string[] = [];
  if (paper.type === 'preprint') {
    // A preprint has no container: its venue is the server it is posted on.
    if (paper.venue) item.publisher = paper.venue;
    if (paper.arxiv) item.number = `arXiv:${paper.arxiv}`;
    if (paper.venueName) notes.push(paper.venueName);
  } else {
    // Where it appeared, where the data says so (a book or a thesis may have no venue).
    const venueName = paper.venueName ?? paper.venue;
    const issue =
      paper.type === 'journal' && venueName ? JOURNAL_ISSUE.exec(venueName)?.groups : undefined;
    const container = issue?.name ?? venueName;
    if (container) item['container-title'] = container;
    if (issue?.volume) item.volume = issue.volume;
    if (issue?.issue) item.issue = issue.issue;
    if (paper.venue && container !== paper.venue) item['container-title-short'] = paper.venue;
  }
  if (paper.doi) item.DOI = paper.doi;
  const url = citationUrl(paper);
  if (url) item.URL = url;
  if (paper.abstract) item.abstract = paper.abstract;
  notes.push(...paper.honors);
  if (notes.length > 0) item.note = notes.join('; ');
  return item;
}

/** A CSL-JSON file: what Zotero, Mendeley, pandoc and citation.js read. */
export function papersToCslJson(papers: readonly Paper[]): string {
  return `${JSON.stringify(papers.map(paperToCsl), null, 2)}\n`;
}
