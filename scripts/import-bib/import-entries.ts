import { parse, type Entry } from '@retorquere/bibtex-parser';
import { z } from 'zod/mini';
import '#src/lib/zod-config.ts';
import { PaperSchema, type Topic } from '#src/features/publications/publications-schema.ts';
import { describeIssuePath } from '#src/lib/data-entries.ts';
import { unwrapMathMl } from './clean-text.ts';
import { entryToPaper, type Candidate } from './entry-to-paper.ts';
import { mergeInto, samePaper, type StoredPaper } from './merge.ts';
import { ownerMatcher } from './owner-names.ts';
import { emptyReport, type EntryNote, type ImportReport } from './report.ts';

// The importer speaks to the owner in full sentences, as the data checker does.
z.config(z.locales.en());

/** The publications file as stored: papers are kept as raw objects so nothing of theirs is lost. */
export interface PublicationsFile {
  topics: Topic[];
  papers: StoredPaper[];
  [key: string]: unknown;
}

export interface ImportOptions {
  /** The .bib file's name, for the report. */
  fileName?: string;
  /** The topic of papers whose keywords name none. */
  topic?: string;
  /** Where al-folio's relative file names (`pdf = {paper.pdf}`) are published. */
  assetBase?: URL;
  /** The spellings of the owner's name already known (profile.json's name and authorNames). */
  ownerNames?: readonly string[];
}

/** Jekyll front matter, which al-folio puts at the top of its papers.bib. */
const FRONT_MATTER = /^\uFEFF?---\r?\n(?:[\s\S]*?\r?\n)?---[^\S\r\n]*(?:\r?\n|$)/;
const REQUIRED = new Set(['id', 'title', 'year', 'type']);

/**
 * The candidate as the schema accepts it: an optional field it rejects is left out with a
 * warning, never the whole entry. Undefined (with the reason) when a required field is wrong.
 */
function validated(
  candidate: Candidate,
  warn: (field: string, message: string) => void,
): Candidate | { field: string; message: string } {
  const paper: Candidate = { ...candidate };
  // Each round leaves out one field or list item: the loop ends.
  for (let round = 0; round <= Object.keys(candidate).length + 100; round++) {
    const result = PaperSchema.safeParse(paper);
    if (result.success) return paper;
    const issue = result.error.issues[0];
    const [field, index] = issue?.path ?? [];
    const where = describeIssuePath(issue?.path ?? []);
    const message = issue?.message ?? 'invalid';
    if (typeof field !== 'string' || REQUIRED.has(field)) return { field: where, message };
    const value = paper[field];
    if (typeof index === 'number' && Array.isArray(value) && value.length > 1)
      paper[field] = value.filter((_, i) => i !== index);
    else paper[field] = undefined; // left out of the written JSON
    warn(where, `${message}: left out`);
  }
  return { field: '(entry)', message: 'could not be made valid' };
}

function parseBib(bib: string, report: ImportReport) {
  const library = parse(unwrapMathMl(bib.replace(FRONT_MATTER, '')), {
    sentenceCase: false,
    english: false,
    // dblp's standard export gives a paper's proceedings as a separate entry it cites.
    applyCrossRef: true,
    unsupported: (_node, tex, entry) => {
      report.warnings.push({
        key: entry.key,
        field: '',
        message: `unknown LaTeX command ${tex} left out (its text is kept)`,
      });
      return '';
    },
  });
  const unreadable = new Set<string>();
  for (const error of library.errors) {
    const key = /^@\w+\s*[{(]\s*([^,\s]+)/.exec(error.input ?? '')?.[1] ?? '(file)';
    unreadable.add(key);
    report.skipped.push({ key, field: '', message: `could not be read: ${error.error}` });
  }
  // What the parser salvaged of an entry it could not read is not that entry; a volume that
  // papers cite through crossref (with no authors of its own) is their venue, not a paper.
  return library.entries.filter((entry: Entry) => {
    if (unreadable.has(entry.key)) return false;
    const volume = (entry.crossref?.donated.length ?? 0) > 0 && !entry.fields.author;
    if (volume) {
      const citing = library.entries
        .filter((e) => e.fields.crossref === entry.key)
        .map((e) => e.key);
      report.skipped.push({
        key: entry.key,
        field: '',
        message: `a volume, not a paper: the venue of ${citing.join(', ')} (crossref)`,
      });
    }
    return !volume;
  });
}

/** Merges the entries of a .bib text into a publications file; returns the new file and a report. */
export function importBib(bib: string, data: PublicationsFile, options: ImportOptions = {}) {
  const report = emptyReport(options.fileName ?? 'bib');
  const warn = (key: string) => (field: string, message: string) =>
    report.warnings.push({ key, field, message });
  const entries = parseBib(bib, report);

  // 1. Each entry as a paper; the copies of one paper in the file (a CoRR preprint and its
  // published version) become one, the published version leading.
  const groups: Array<{ key: string; paper: Candidate }> = [];
  for (const entry of entries) {
    const converted = entryToPaper(entry, { topics: data.topics, ...options });
    report.warnings.push(...converted.warnings);
    if (!converted.candidate) {
      if (converted.skip) report.skipped.push({ key: entry.key, ...converted.skip });
      continue;
    }
    const paper = validated(converted.candidate, warn(entry.key));
    if (!('id' in paper)) {
      report.skipped.push({ key: entry.key, ...paper });
      continue;
    }
    const group = groups.find((g) => samePaper(g.paper, paper));
    if (!group) groups.push({ key: entry.key, paper });
    else if (group.paper.type === 'preprint' && paper.type !== 'preprint') {
      mergeInto(paper, group.paper, false);
      report.merged.push({ key: group.key, into: entry.key });
      Object.assign(group, { key: entry.key, paper });
    } else {
      mergeInto(group.paper, paper, false);
      report.merged.push({ key: entry.key, into: group.key });
    }
  }

  // 2. Each paper into publications.json: a paper already there gets what it lacks.
  const papers = data.papers.map((p) => ({ ...p }));
  const untopical: string[] = [];
  for (const { key, paper } of groups) {
    const existing = papers.find((p) => samePaper(p, paper));
    if (existing) {
      const fields = mergeInto(existing, paper, true);
      const id = String(existing.id);
      if (fields.length > 0) report.updated.push({ key, id, fields });
      else report.unchanged.push({ key, id });
      continue;
    }
    const base = paper.id || 'paper';
    let id = base;
    for (let n = 2; papers.some((p) => p.id === id); n++) id = `${base}-${n}`;
    papers.push({ ...paper, id });
    report.added.push({ key, id });
    if (!Array.isArray(paper.topics)) untopical.push(key);
  }
  if (untopical.length > 0 && data.topics.length > 0)
    report.warnings.push(noTopicWarning(untopical, data.topics));

  report.ownerNames = newOwnerSpellings(groups, options.ownerNames ?? []);
  return { file: { ...data, papers }, report };
}

function noTopicWarning(keys: string[], topics: readonly Topic[]): EntryNote {
  return {
    key: keys.length === 1 ? (keys[0] ?? '') : `${keys.length} entries`,
    field: 'keywords',
    message: `no topic: its keywords name none of ${topics.map((t) => t.id).join(', ')} (add keywords, pass --topic, or set topics in publications.json)${keys.length > 1 ? `: ${keys.join(', ')}` : ''}`,
  };
}

/** The owner's name as the imported entries spell it, where authorNames lacks that spelling. */
function newOwnerSpellings(
  groups: ReadonlyArray<{ paper: Candidate }>,
  known: readonly string[],
): string[] {
  const isOwner = ownerMatcher(known);
  const found = new Set<string>();
  for (const { paper } of groups) {
    const authors = Array.isArray(paper.authors) ? paper.authors : [];
    for (const author of authors)
      if (typeof author === 'string' && !known.includes(author) && isOwner(author))
        found.add(author);
  }
  return [...found];
}
