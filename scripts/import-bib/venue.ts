import type { Entry } from '@retorquere/bibtex-parser';
import { type PaperType } from '#src/features/publications/paper-kinds.ts';
import { cleanText } from './clean-text.ts';
import { DBLP_STREAMS, KNOWN_VENUES, PREPRINT_SERVERS } from './venue-names.ts';

export interface Venue {
  /** The short name for the badge and the filter ("IJCAI"). */
  venue?: string;
  /** The full name ("Proceedings of the Thirty-Third International Joint Conference ..."). */
  venueName?: string;
  type: PaperType;
}

/** dblp's stream of an entry ("conf/ijcai"), from its key or, for a renamed key, its `biburl`. */
export function dblpStream(entry: Entry): string | undefined {
  const fromKey = /^DBLP:((?:conf|journals)\/[^/]+)\//i.exec(entry.key)?.[1];
  const fromUrl = /dblp\.org\/rec\/(?:bib\/)?((?:conf|journals)\/[^/]+)\//.exec(
    entry.fields.biburl ?? '',
  )?.[1];
  return (fromKey ?? fromUrl)?.toLowerCase();
}

/** "TSC 2021", "CIKM '20", "ICLR'24" -> the name without its year (the badge adds the year). */
const withoutYear = (name: string) =>
  name.replace(/\s*['’]?\s*(?:\d{4}|\d{2})\s*$/, '').trim() || name;

/** A word of the full name spelled as the stream id is ("conf/mobicom" + "... MobiCom 2020"). */
function spelledInName(full: string, id: string): string | undefined {
  return full.split(/[^A-Za-z0-9]+/).find((word) => word.toLowerCase() === id);
}

/** Old names of venues that renamed themselves. */
const RENAMED: Readonly<Record<string, string>> = { NIPS: 'NeurIPS' };

function fromStream(stream: string, full: string): string {
  const known = DBLP_STREAMS[stream];
  if (known) return known;
  const id = stream.split('/')[1] ?? stream;
  return spelledInName(full, id) ?? id.toUpperCase();
}

/** The short name inside a full one: "... Systems (MASS)", or dblp's "..., IJCAI 2024, Jeju, ...". */
function acronymIn(full: string): string | undefined {
  const parenthesised = /\(([A-Z][A-Za-z&/+-]{1,15})(?:\s?['’]?\d{2,4})?\)/.exec(full)?.[1];
  if (parenthesised) return parenthesised;
  const beforeYear = /(?:^|,\s*)([A-Z][A-Za-z&/+-]*[A-Z][A-Za-z&/+-]*)\s+(?:['’]\d{2}|\d{4})\b/;
  return beforeYear.exec(full)?.[1];
}

/** A full name shortened for the badge when nothing better is known. */
const trimmedName = (full: string) =>
  full
    .replace(/^proceedings of (the )?/i, '')
    .replace(/^\d{4}\s+/, '')
    .replace(/\b\d+(st|nd|rd|th)\s+/gi, '')
    .trim();

function shortName(entry: Entry, full: string, stream: string | undefined): string | undefined {
  const { abbr, shortjournal, series } = entry.fields;
  if (abbr) return withoutYear(cleanText(abbr));
  if (stream) return fromStream(stream, full);
  if (shortjournal) return cleanText(shortjournal);
  const fromSeries = series ? withoutYear(cleanText(series)) : undefined;
  if (fromSeries && /^[A-Z][A-Za-z&/+-]{1,15}$/.test(fromSeries)) return fromSeries;
  if (!full) return undefined;
  return (
    acronymIn(full) ??
    KNOWN_VENUES.find((known) => known.pattern.test(full))?.short ??
    trimmedName(full)
  );
}

const PROCEEDINGS = /proceedings|conference|symposium|workshop|congress|colloquium/i;

function typeOf(
  entry: Entry,
  full: string,
  stream: string | undefined,
  hasArxiv: boolean,
): PaperType {
  const { fields } = entry;
  const kind = entry.type.toLowerCase();
  const published = Boolean(fields.booktitle ?? fields.journal ?? fields.journaltitle);
  const where = [fields.journal, fields.journaltitle, fields.howpublished, fields.abbr]
    .concat(fields.publisher ?? [])
    .join(' ');
  const isPreprint =
    stream === 'journals/corr' ||
    fields.pubstate?.toLowerCase() === 'preprint' ||
    (!fields.booktitle && PREPRINT_SERVERS.test(where)) ||
    (hasArxiv && !published && !/book|thesis|collection/.test(kind));
  if (isPreprint) return 'preprint';
  if (/thesis$/.test(kind)) return 'thesis';
  if (kind === 'book' || kind === 'mvbook' || kind === 'proceedings' || kind === 'collection')
    return 'book';
  if (/workshop/i.test(fields.booktitle ?? '')) return 'workshop';
  switch (kind) {
    case 'inproceedings':
    case 'conference':
      return 'conference';
    case 'incollection':
    case 'inbook':
    case 'bookinbook':
      return PROCEEDINGS.test(fields.booktitle ?? '') ? 'conference' : 'chapter';
    case 'article':
      return KNOWN_VENUES.some((known) => known.conference && known.pattern.test(full))
        ? 'conference'
        : 'journal';
    case 'techreport':
    case 'report':
    case 'unpublished':
      return 'preprint';
    default:
      return 'other';
  }
}

function fullNameOf(entry: Entry): string {
  const { fields } = entry;
  const kind = entry.type.toLowerCase();
  const publisher = fields.publisher?.join(', ').replace(/[,\s]+$/, '');
  const institution = fields.school ?? fields.institution?.join(', ');
  const candidates = /thesis$/.test(kind)
    ? [institution]
    : kind === 'book' || kind === 'mvbook'
      ? [publisher]
      : [fields.booktitle, fields.journal, fields.journaltitle, fields.eventtitle, institution];
  const found = candidates.find((value) => value && cleanText(value));
  return found ? cleanText(found) : '';
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where an entry appeared, its short name and its kind of publication. */
export function venueOf(entry: Entry, hasArxiv: boolean): Venue {
  const stream = dblpStream(entry);
  const full = fullNameOf(entry);
  const type = typeOf(entry, full, stream, hasArxiv);
  if (type === 'preprint' && (stream === 'journals/corr' || !full || /\barxiv\b/i.test(full)))
    return { venue: 'arXiv', type };
  // A book's or a chapter's venue is its publisher or book: a name, not a filter value.
  if (type === 'thesis' || type === 'book' || type === 'chapter') {
    const venue = entry.fields.abbr ? withoutYear(cleanText(entry.fields.abbr)) : undefined;
    return {
      ...(venue ? { venue } : {}),
      ...(full && full !== venue ? { venueName: full } : {}),
      type,
    };
  }
  const short = shortName(entry, full, stream);
  let venue = short && (RENAMED[short] ?? short);
  // dblp files a conference's workshops under the conference: "CVPR Workshops" in the filter.
  const workshops =
    venue && new RegExp(`\\b${escapeRegExp(venue)}\\s+Workshops?\\b`).exec(full)?.[0];
  if (type === 'workshop' && workshops) venue = workshops;
  return {
    ...(venue ? { venue } : {}),
    ...(full && full !== venue ? { venueName: full } : {}),
    type,
  };
}
