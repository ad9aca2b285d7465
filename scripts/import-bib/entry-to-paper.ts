import type { Entry } from '@retorquere/bibtex-parser';
import type { Topic } from '#src/features/publications/publications-schema.ts';
import { slugify } from '#src/lib/text.ts';
import { equalContributionOf, readAuthors } from './authors.ts';
import { cleanText, isArxivDoi, normaliseDoi, stripMarkdown } from './clean-text.ts';
import { arxivOf, yearOf } from './identifiers.ts';
import { linksOf } from './links.ts';
import type { EntryNote } from './report.ts';
import { venueOf } from './venue.ts';

/** A paper as the importer builds it, before it is checked against the schema. */
export type Candidate = Record<string, unknown> & { id: string; title: string; type: string };

export interface Converted {
  candidate?: Candidate;
  /** Why the entry cannot become a paper (no title, no year). */
  skip?: { field: string; message: string };
  warnings: EntryNote[];
}

export interface ConvertOptions {
  topics: readonly Topic[];
  topic?: string;
  assetBase?: URL;
}

const isTrue = (value: string | undefined) => /^(true|yes|1)$/i.test(value?.trim() ?? '');

/** al-folio's `award_name`, else its Markdown `award` when it is short, else its first bold words. */
function honorsOf(fields: Entry['fields'], warn: (field: string, message: string) => void) {
  if (fields.award_name) return [cleanText(fields.award_name)];
  if (!fields.award) return [];
  const award = cleanText(fields.award);
  const plain = stripMarkdown(award);
  if (plain.length <= 60) return [plain];
  const bold = /\*\*(.+?)\*\*/.exec(award)?.[1];
  warn('award', `long award text shortened to "${bold ?? 'Award'}" (give it an award_name)`);
  return [bold ?? 'Award'];
}

function topicsOf(fields: Entry['fields'], options: ConvertOptions): string[] {
  const wanted = new Set((fields.keywords ?? []).map((k) => slugify(cleanText(k))));
  const found = options.topics
    .filter((t) => wanted.has(t.id) || wanted.has(slugify(t.label)))
    .map((t) => t.id);
  if (found.length > 0) return found;
  return options.topic ? [options.topic] : [];
}

/** A readable id: the entry's key when it is one ("tmc2020"), else author, year and title word. */
function idOf(entry: Entry, title: string, authors: string[], year: number): string {
  const key = slugify(entry.key);
  if (/^[a-z][a-z0-9-]{2,39}$/.test(key) && !key.startsWith('dblp')) return key;
  const family = slugify(authors[0]?.split(' ').at(-1) ?? '');
  const word = title
    .split(/[\s:-]+/)
    .map(slugify)
    .find((w) => w.length > 3);
  return [family, String(year), word].filter(Boolean).join('-');
}

/** One BibTeX entry as a paper of publications.json, with what had to be left out and why. */
export function entryToPaper(entry: Entry, options: ConvertOptions): Converted {
  const fields = entry.fields;
  const warnings: EntryNote[] = [];
  const warn = (field: string, message: string) =>
    warnings.push({ key: entry.key, field, message });
  const title = cleanText(fields.title ?? '');
  if (!title) return { skip: { field: 'title', message: 'no title' }, warnings };
  const year = yearOf(fields);
  if (year === undefined) {
    const given = fields.year ?? fields.date;
    const message = given
      ? `"${given}" is not a year from 1800 to next year`
      : 'no year: the list is ordered by year';
    return { skip: { field: 'year', message }, warnings };
  }

  const authors = readAuthors(fields.author);
  if (authors.truncated)
    warn('author', 'the list ends with "and others": only the named authors are shown');
  const equal = equalContributionOf(authors);
  if (equal.equalContributors)
    warn(
      'author',
      `marked as equal contributors, not the leading authors: ${equal.equalContributors.join(', ')} (kept as equalContributors)`,
    );

  const arxiv = arxivOf(fields);
  let doi: string | undefined;
  if (fields.doi) {
    doi = normaliseDoi(fields.doi);
    if (!doi) warn('doi', `"${cleanText(fields.doi)}" is not a DOI: left out`);
    else if (isArxivDoi(doi)) doi = undefined; // the arXiv id says it, and links it
  }
  const { links, problems } = linksOf(fields, { doi, arxiv: arxiv.id }, options.assetBase);
  for (const problem of problems) warn(problem.field, problem.message);
  if (arxiv.oldStyle) {
    const url = `https://arxiv.org/abs/${arxiv.oldStyle}`;
    if (!links.some((l) => l.url === url)) links.push({ kind: 'paper', url });
  }

  const { venue, venueName, type } = venueOf(
    entry,
    arxiv.id !== undefined || arxiv.oldStyle !== undefined,
  );
  const shortTitle = cleanText(fields.shorttitle ?? '');
  const abstract = cleanText(fields.abstract ?? '');
  const honors = honorsOf(fields, warn);
  const topics = topicsOf(fields, options);
  const candidate: Candidate = {
    id: idOf(entry, title, authors.names, year),
    title,
    ...(shortTitle && shortTitle !== title && shortTitle.length <= 30
      ? { shortName: shortTitle }
      : {}),
    ...(authors.names.length > 0 ? { authors: authors.names } : {}),
    ...equal,
    ...(venue ? { venue } : {}),
    ...(venueName ? { venueName } : {}),
    year,
    type,
    ...(honors.length > 0 ? { honors } : {}),
    ...(topics.length > 0 ? { topics } : {}),
    ...(isTrue(fields.selected) || isTrue(fields.featured) ? { featured: true } : {}),
    ...(arxiv.id ? { arxiv: arxiv.id } : {}),
    ...(doi ? { doi } : {}),
    ...(abstract ? { abstract } : {}),
    links,
  };
  return { candidate, warnings };
}
