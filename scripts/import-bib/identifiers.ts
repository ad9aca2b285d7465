import type { Entry } from '@retorquere/bibtex-parser';
import { MIN_YEAR, maxYear } from '#src/lib/year-month.ts';
import { cleanText } from './clean-text.ts';

type Fields = Entry['fields'];

const NEW_STYLE = /(?:^|[^\d.])(\d{4}\.\d{4,5})(?:v\d+)?(?![\d.])/;
const OLD_STYLE = /\b([a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?\b/;

export interface ArxivId {
  /** A new-style id (2101.00001), what the schema accepts. */
  id?: string;
  /** An old-style id (hep-th/9901001): kept as a link, since the schema takes new-style ids only. */
  oldStyle?: string;
}

/**
 * The arXiv id of an entry, wherever its source put it: `eprint` (with archivePrefix or
 * eprinttype arXiv), al-folio's `arxiv`, dblp's `volume = {abs/2101.00001}`, an arxiv.org
 * address, Google Scholar's `journal = {arXiv preprint arXiv:2101.00001}`, or arXiv's own DOI.
 */
export function arxivOf(fields: Fields): ArxivId {
  const archive = (fields.archiveprefix ?? fields.eprinttype ?? '').toLowerCase();
  const candidates: Array<[string | undefined, boolean]> = [
    [fields.arxiv, true],
    [fields.eprint, archive === 'arxiv' || archive === ''],
    [fields.volume, /^abs\//.test(fields.volume ?? '')],
    [fields.doi, /10\.48550\/arxiv\./i.test(fields.doi ?? '')],
  ];
  for (const value of [fields.url, fields.journal, fields.note, fields.howpublished])
    candidates.push([value, /arxiv/i.test(value ?? '')]);
  for (const [value, trusted] of candidates) {
    if (!value || !trusted) continue;
    const text = cleanText(value);
    const id = NEW_STYLE.exec(text)?.[1];
    if (id) return { id };
    const old = OLD_STYLE.exec(text)?.[1];
    if (old) return { oldStyle: old };
  }
  return {};
}

/**
 * The year of an entry: `year` (also "2021a", "{In press} 2021"), else biblatex's `date`
 * (2021-03-01). Undefined when neither names a year in the schema's range.
 */
export function yearOf(fields: Fields): number | undefined {
  for (const value of [fields.year, fields.date]) {
    const match = /\b(\d{4})\b/.exec(value ?? '');
    const year = Number(match?.[1]);
    if (match && year >= MIN_YEAR && year <= maxYear()) return year;
  }
  return undefined;
}
