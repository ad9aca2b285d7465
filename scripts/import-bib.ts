/**
 * Merges BibTeX entries into data/publications.json, parsed with @retorquere/bibtex-parser (the
 * parser behind Better BibTeX for Zotero): an entry that matches a paper already there (same arXiv
 * id, DOI or title) fills that paper's empty fields and never overwrites one; a new entry is added.
 * Prints what was added, updated and skipped, and why.
 *
 *   npm run import-bib -- refs.bib [--topic <topic id>] [--dry-run]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse, type Entry } from '@retorquere/bibtex-parser';
import '#src/lib/zod-config.ts';
import { type PaperType } from '#src/features/publications/paper-kinds.ts';
import { PaperSchema, type Topic } from '#src/features/publications/publications-schema.ts';
import { foldText, slugify } from '#src/lib/text.ts';

export interface ImportReport {
  added: Array<{ key: string; id: string }>;
  updated: Array<{ key: string; id: string; fields: string[] }>;
  skipped: Array<{ key: string; reason: string }>;
}

/** The publications file as stored: papers are kept as raw objects so nothing of theirs is lost. */
export interface PublicationsFile {
  topics: Topic[];
  papers: Array<Record<string, unknown>>;
  [key: string]: unknown;
}

/** Text as the parser gives it, composed: "u" + combining diaeresis becomes "ü", "\\'\\i" becomes "í". */
const composed = (text: string) => text.replace(/ı(?=\p{M})/gu, 'i').normalize('NFC');

const normalTitle = (title: string) =>
  foldText(title)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
const ARXIV_ID = /(\d{4}\.\d{4,5})(v\d+)?/;

function arxivOf(fields: Entry['fields']): string | undefined {
  const candidates = [
    fields.eprint,
    fields.arxiv,
    fields.url,
    fields.journal,
    fields.note,
    fields.howpublished,
  ];
  const isArxiv = (fields.archiveprefix ?? fields.eprinttype ?? '').toLowerCase() === 'arxiv';
  for (const value of candidates) {
    if (typeof value !== 'string') continue;
    if (value === fields.eprint && !isArxiv && !/arxiv/i.test(value) && !ARXIV_ID.test(value))
      continue;
    const match = ARXIV_ID.exec(value);
    if (match && (value === fields.eprint || /arxiv/i.test(value))) return match[1];
  }
  return undefined;
}

function authorsOf(fields: Entry['fields']): string[] | undefined {
  const creators = fields.author;
  if (!creators || creators.length === 0) return undefined;
  return creators
    .map((c) =>
      composed(c.name ?? [c.firstName, c.prefix, c.lastName, c.suffix].filter(Boolean).join(' ')),
    )
    .filter(Boolean);
}

function typeOf(entry: Entry): PaperType {
  const venue = `${entry.fields.booktitle ?? ''} ${entry.fields.journal ?? ''}`;
  if (/workshop/i.test(venue)) return 'workshop';
  switch (entry.type.toLowerCase()) {
    case 'article':
      return /arxiv/i.test(venue) ? 'preprint' : 'journal';
    case 'inproceedings':
    case 'conference':
    case 'proceedings':
      return 'conference';
    default:
      return 'preprint';
  }
}

/** A short venue name: an acronym in parentheses ("… (CVPR)"), else the name itself. */
function venueOf(entry: Entry, type: PaperType): { venue: string; venueName?: string } {
  const full = composed(
    entry.fields.booktitle ?? entry.fields.journal ?? entry.fields.publisher?.join(', ') ?? '',
  ).trim();
  if (type === 'preprint' && (!full || /arxiv/i.test(full)))
    return { venue: 'arXiv', ...(full ? { venueName: full } : {}) };
  const acronym = /\(([A-Z][A-Za-z-]{1,15})['’]?\d{0,4}\)/.exec(full)?.[1];
  if (!full) return { venue: entry.type };
  return acronym ? { venue: acronym, venueName: full } : { venue: full };
}

function topicsOf(entry: Entry, topics: readonly Topic[], fallback?: string): string[] {
  const wanted = (entry.fields.keywords ?? []).map((k) => slugify(k));
  const found = topics
    .filter((t) => wanted.includes(t.id) || wanted.includes(slugify(t.label)))
    .map((t) => t.id);
  if (found.length > 0) return found;
  return fallback ? [fallback] : [];
}

/** Merges the entries of a .bib text into a publications file; returns the new file and a report. */
export function importBib(bib: string, file: PublicationsFile, options: { topic?: string } = {}) {
  const library = parse(bib, { sentenceCase: false, english: false });
  const report: ImportReport = { added: [], updated: [], skipped: [] };
  for (const error of library.errors)
    report.skipped.push({ key: '(unparsed)', reason: error.error });
  const papers = file.papers.map((p) => ({ ...p }));
  const claimed = new Map<number, string>();

  const findExisting = (arxiv: string | undefined, doi: string | undefined, title: string) =>
    papers.findIndex(
      (p) =>
        (arxiv !== undefined && p.arxiv === arxiv) ||
        (doi !== undefined &&
          typeof p.doi === 'string' &&
          p.doi.toLowerCase() === doi.toLowerCase()) ||
        (typeof p.title === 'string' && normalTitle(p.title) === normalTitle(title)),
    );

  for (const entry of library.entries) {
    const fields = entry.fields;
    const title = fields.title ? composed(fields.title).trim() : undefined;
    if (!title) {
      report.skipped.push({ key: entry.key, reason: 'no title' });
      continue;
    }
    const arxiv = arxivOf(fields);
    const doi = fields.doi?.trim();
    const authors = authorsOf(fields);
    const index = findExisting(arxiv, doi, title);
    if (index >= 0) {
      const previous = claimed.get(index);
      if (previous) {
        report.skipped.push({ key: entry.key, reason: `duplicate of ${previous} (same paper)` });
        continue;
      }
      claimed.set(index, entry.key);
      const paper = papers[index] as Record<string, unknown>;
      const filled: string[] = [];
      const fill = (name: string, value: unknown) => {
        if (value !== undefined && paper[name] === undefined) {
          paper[name] = value;
          filled.push(name);
        }
      };
      fill('authors', authors);
      fill('arxiv', arxiv);
      fill('doi', doi);
      if (
        fields.url &&
        !(
          Array.isArray(paper.links) &&
          paper.links.some((l: { url?: unknown }) => l.url === fields.url)
        )
      ) {
        paper.links = [
          ...((paper.links as unknown[] | undefined) ?? []),
          { kind: 'paper', url: fields.url },
        ];
        filled.push('links');
      }
      if (filled.length > 0)
        report.updated.push({ key: entry.key, id: String(paper.id), fields: filled });
      else
        report.skipped.push({
          key: entry.key,
          reason: `already in publications.json as "${String(paper.id)}"`,
        });
      continue;
    }
    const type = typeOf(entry);
    const topics = topicsOf(entry, file.topics, options.topic);
    if (topics.length === 0) {
      report.skipped.push({
        key: entry.key,
        reason: `needs a topic: give it keywords naming one of ${file.topics.map((t) => t.id).join(', ')}, or pass --topic`,
      });
      continue;
    }
    let id = slugify(entry.key) || slugify(title).slice(0, 40);
    for (let n = 2; papers.some((p) => p.id === id); n++) id = `${slugify(entry.key)}-${n}`;
    const candidate = {
      id,
      title,
      ...(authors ? { authors } : {}),
      ...venueOf(entry, type),
      year: Number(fields.year ?? fields.date?.slice(0, 4)),
      type,
      topics,
      ...(arxiv ? { arxiv } : {}),
      ...(doi ? { doi } : {}),
      links: fields.url ? [{ kind: 'paper', url: fields.url }] : [],
    };
    const checked = PaperSchema.safeParse(candidate);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      report.skipped.push({
        key: entry.key,
        reason: `field ${issue?.path.join('.') || '(entry)'}: ${issue?.message ?? 'invalid'}`,
      });
      continue;
    }
    papers.push(candidate);
    claimed.set(papers.length - 1, entry.key);
    report.added.push({ key: entry.key, id });
  }
  return { file: { ...file, papers }, report };
}

export function formatReport(report: ImportReport): string {
  const lines = [
    `added ${report.added.length}: ${report.added.map((a) => `${a.key} as "${a.id}"`).join(', ') || '-'}`,
    `updated ${report.updated.length}: ${report.updated.map((u) => `"${u.id}" (${u.fields.join(', ')}) from ${u.key}`).join('; ') || '-'}`,
    `skipped ${report.skipped.length}:`,
    ...report.skipped.map((s) => `  - ${s.key}: ${s.reason}`),
  ];
  return lines.join('\n');
}

function main() {
  const args = process.argv.slice(2);
  const bibPath = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--topic');
  if (!bibPath) {
    console.error('usage: npm run import-bib -- refs.bib [--topic <topic id>] [--dry-run]');
    process.exitCode = 2;
    return;
  }
  const topicAt = args.indexOf('--topic');
  const topic = topicAt >= 0 ? args[topicAt + 1] : undefined;
  const target = resolve('data', 'publications.json');
  const file = JSON.parse(readFileSync(target, 'utf8')) as PublicationsFile;
  const { file: merged, report } = importBib(readFileSync(resolve(bibPath), 'utf8'), file, {
    topic,
  });
  console.log(formatReport(report));
  if (args.includes('--dry-run')) {
    console.log('dry run: data/publications.json is unchanged');
  } else if (report.added.length + report.updated.length > 0) {
    writeFileSync(target, `${JSON.stringify(merged, null, 2)}\n`);
    console.log(`wrote ${target}; run npm run check-data`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
