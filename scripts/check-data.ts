/**
 * The data checker: validates every file in data/ against the site's own schemas and checks what a
 * schema alone cannot (unique ids, references between files, known topics). Every problem names the
 * file, the entry and the field. An error is what would break the page or a link, and exits
 * non-zero; a warning (a name spelled two ways, a paper entered twice) is printed and passes.
 *
 *   npm run check-data [-- <data folder>]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod/mini';
import { describeIssuePath, type SkippedEntry } from '#src/lib/data-entries.ts';
import { AwardsFileSchema } from '#src/features/awards/awards-query.ts';
import { ImpactFileSchema } from '#src/features/impact/impact-query.ts';
import { MediaFileSchema } from '#src/features/media/media-query.ts';
import { NewsFileSchema } from '#src/features/news/news-query.ts';
import { ProfileFileSchema } from '#src/features/profile/profile-query.ts';
import { PublicationsFileSchema } from '#src/features/publications/publications-query.ts';
import { foldText } from '#src/lib/text.ts';

// The site ships without zod's message texts; the checker speaks to the owner in full sentences.
z.config(z.locales.en());

export interface Problem {
  file: string;
  /** e.g. `papers[3] "haq"`, or "" for the file as a whole. */
  entry: string;
  field: string;
  message: string;
}

export const DATA_SCHEMAS = {
  'profile.json': ProfileFileSchema,
  'publications.json': PublicationsFileSchema,
  'news.json': NewsFileSchema,
  'awards.json': AwardsFileSchema,
  'impact.json': ImpactFileSchema,
  'media.json': MediaFileSchema,
} as const;
type DataFile = keyof typeof DATA_SCHEMAS;
type Parsed = { [F in DataFile]?: z.output<(typeof DATA_SCHEMAS)[F]> };

export function formatProblem(p: Problem): string {
  const entry = p.entry ? ` ${p.entry}` : '';
  const field = p.field ? ` field "${p.field}"` : '';
  return `${p.file}${entry}${field}: ${p.message}`;
}

function entryName(list: string, index: number, id: string | undefined): string {
  return `${list}[${index}]${id ? ` "${id}"` : ''}`;
}

function skippedToProblem(file: string, s: SkippedEntry): Problem {
  return { file, entry: entryName(s.list, s.index, s.id), field: s.field, message: s.message };
}

/** What the checker found: errors stop the build, warnings are printed and let it pass. */
export interface DataReport {
  errors: Problem[];
  warnings: Problem[];
}

/** The errors in the raw contents of each data file (as read from JSON; `undefined` for a missing
 * file). */
export function checkData(raw: Partial<Record<DataFile, unknown>>): Problem[] {
  return checkDataReport(raw).errors;
}

/** The errors and warnings in the raw contents of each data file. */
export function checkDataReport(raw: Partial<Record<DataFile, unknown>>): DataReport {
  const problems: Problem[] = [];
  const parsed: Parsed = {};
  for (const file of Object.keys(DATA_SCHEMAS) as DataFile[]) {
    if (raw[file] === undefined) {
      problems.push({ file, entry: '', field: '', message: 'file is missing' });
      continue;
    }
    const result = DATA_SCHEMAS[file].safeParse(raw[file]);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push({
          file,
          entry: '',
          field: describeIssuePath(issue.path),
          message: issue.message,
        });
      }
      continue;
    }
    for (const skipped of result.data.skipped) problems.push(skippedToProblem(file, skipped));
    (parsed as Record<DataFile, unknown>)[file] = result.data;
  }
  const references = checkReferences(parsed);
  return { errors: [...problems, ...references.errors], warnings: references.warnings };
}

function checkUniqueIds(
  file: string,
  list: string,
  entries: ReadonlyArray<{ id: string }>,
  problems: Problem[],
) {
  const seen = new Map<string, number>();
  entries.forEach((entry, index) => {
    const first = seen.get(entry.id);
    if (first !== undefined) {
      problems.push({
        file,
        entry: entryName(list, index, entry.id),
        field: 'id',
        message: `duplicate id: ${list}[${first}] has the same id`,
      });
    } else seen.set(entry.id, index);
  });
}

function checkReferences(parsed: Parsed): DataReport {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const pubs = parsed['publications.json'];
  // A paper that failed its schema is reported once, not again by every entry that cites it.
  const paperIds = pubs
    ? new Set([
        ...pubs.papers.map((p) => p.id),
        ...pubs.skipped.flatMap((s) => (s.list === 'papers' && s.id ? [s.id] : [])),
      ])
    : undefined;
  const topicIds = pubs ? new Set(pubs.topics.map((t) => t.id)) : undefined;

  const checkPapers = (
    file: string,
    list: string,
    entries: ReadonlyArray<{ id?: string; paperIds: string[] }>,
  ) => {
    if (!paperIds) return;
    entries.forEach((entry, index) => {
      entry.paperIds.forEach((paperId, i) => {
        if (!paperIds.has(paperId)) {
          problems.push({
            file,
            entry: entryName(list, index, entry.id),
            field: `paperIds.${i}`,
            message: `no paper with id "${paperId}" in publications.json`,
          });
        }
      });
    });
  };

  if (pubs) {
    checkUniqueIds('publications.json', 'topics', pubs.topics, problems);
    checkUniqueIds('publications.json', 'papers', pubs.papers, problems);
    const byArxiv = new Map<string, number>();
    const byTitle = new Map<string, number>();
    pubs.papers.forEach((paper, index) => {
      const entry = entryName('papers', index, paper.id);
      paper.topics.forEach((topic, i) => {
        if (!topicIds?.has(topic)) {
          problems.push({
            file: 'publications.json',
            entry,
            field: `topics.${i}`,
            message: `unknown topic "${topic}" (not in the topics list)`,
          });
        }
      });
      if (paper.arxiv) {
        const first = byArxiv.get(paper.arxiv);
        if (first !== undefined) {
          warnings.push({
            file: 'publications.json',
            entry,
            field: 'arxiv',
            message: `same arXiv id as papers[${first}]: the paper is entered twice`,
          });
        } else byArxiv.set(paper.arxiv, index);
      }
      const title = foldText(paper.title)
        .replace(/[^a-z0-9]+/g, ' ')
        .trim();
      const first = byTitle.get(title);
      if (first !== undefined) {
        warnings.push({
          file: 'publications.json',
          entry,
          field: 'title',
          message: `same title as papers[${first}]: the paper is entered twice`,
        });
      } else byTitle.set(title, index);
    });
  }

  if (pubs)
    warnings.push(...checkAuthorVariants(pubs.papers), ...checkEqualContributors(pubs.papers));

  const news = parsed['news.json'];
  if (news) {
    checkUniqueIds('news.json', 'items', news.items, problems);
    checkPapers('news.json', 'items', news.items);
  }
  const awards = parsed['awards.json'];
  if (awards) {
    checkUniqueIds('awards.json', 'honors', awards.honors, problems);
    checkUniqueIds('awards.json', 'competitions', awards.competitions, problems);
    checkUniqueIds('awards.json', 'studentAwards', awards.studentAwards, problems);
    checkPapers('awards.json', 'honors', awards.honors);
    checkPapers('awards.json', 'competitions', awards.competitions);
    checkPapers('awards.json', 'studentAwards', awards.studentAwards);
  }
  const impact = parsed['impact.json'];
  if (impact) {
    checkUniqueIds('impact.json', 'adoptions', impact.adoptions, problems);
    checkUniqueIds('impact.json', 'integrations', impact.integrations, problems);
    checkPapers('impact.json', 'adoptions', impact.adoptions);
    checkPapers('impact.json', 'integrations', impact.integrations);
  }
  const media = parsed['media.json'];
  if (media) {
    checkUniqueIds('media.json', 'groups', media.groups, problems);
    checkPapers('media.json', 'groups', media.groups);
  }
  const profile = parsed['profile.json'];
  if (profile) {
    profile.researchInterests.forEach((interest, index) => {
      const entry = entryName('researchInterests', index, undefined);
      interest.topicIds.forEach((topic, i) => {
        if (topicIds && !topicIds.has(topic)) {
          problems.push({
            file: 'profile.json',
            entry,
            field: `topicIds.${i}`,
            message: `unknown topic "${topic}"`,
          });
        }
      });
      interest.papers.forEach((ref, i) => {
        if (ref.paperId && paperIds && !paperIds.has(ref.paperId)) {
          problems.push({
            file: 'profile.json',
            entry,
            field: `papers.${i}.paperId`,
            message: `no paper with id "${ref.paperId}" in publications.json`,
          });
        }
      });
    });
  }
  return { errors: problems, warnings };
}

/**
 * A key that is the same for two spellings of one person's name: accents, case, punctuation and
 * middle initials set aside ("William J. Dally" = "William Dally", "Hae-Seung Lee" = "Haeseung
 * Lee"). Names written with initials only ("Z. Liu") are ambiguous and get no key.
 */
export function personKey(name: string): string | null {
  const tokens = foldText(name)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const first = tokens[0];
  if (tokens.length < 2 || first === undefined || first.length === 1) return null;
  const last = tokens.length - 1;
  return tokens.filter((token, i) => i === 0 || i === last || token.length > 1).join('');
}

function checkAuthorVariants(
  papers: ReadonlyArray<{ id: string; authors?: string[] | undefined }>,
): Problem[] {
  const problems: Problem[] = [];
  const firstSeen = new Map<string, { name: string; where: string }>();
  papers.forEach((paper, index) => {
    paper.authors?.forEach((name, i) => {
      const key = personKey(name);
      if (!key) return;
      const seen = firstSeen.get(key);
      if (!seen) {
        firstSeen.set(key, { name, where: entryName('papers', index, paper.id) });
      } else if (seen.name !== name) {
        problems.push({
          file: 'publications.json',
          entry: entryName('papers', index, paper.id),
          field: `authors.${i}`,
          message: `"${name}" looks like another spelling of "${seen.name}" (${seen.where}): write one person's name one way`,
        });
      }
    });
  });
  return problems;
}

/** Names in `equalContributors` that are not among the paper's authors: no one gets their mark. */
function checkEqualContributors(
  papers: ReadonlyArray<{
    id: string;
    authors?: string[] | undefined;
    equalContributors?: string[] | undefined;
  }>,
): Problem[] {
  const problems: Problem[] = [];
  papers.forEach((paper, index) => {
    paper.equalContributors?.forEach((name, i) => {
      if (paper.authors?.includes(name)) return;
      problems.push({
        file: 'publications.json',
        entry: entryName('papers', index, paper.id),
        field: `equalContributors.${i}`,
        message: `"${name}" is not one of the paper's authors: write the name as in "authors"`,
      });
    });
  });
  return problems;
}

/** Reads every known data file of a folder; a file that is not valid JSON is a problem of its own. */
export function readDataFolder(folder: string): {
  raw: Partial<Record<DataFile, unknown>>;
  problems: Problem[];
} {
  const raw: Partial<Record<DataFile, unknown>> = {};
  const problems: Problem[] = [];
  const present = new Set(readdirSync(folder));
  for (const file of Object.keys(DATA_SCHEMAS) as DataFile[]) {
    if (!present.has(file)) continue;
    try {
      raw[file] = JSON.parse(readFileSync(join(folder, file), 'utf8'));
    } catch (error) {
      problems.push({
        file,
        entry: '',
        field: '',
        message: `not valid JSON: ${(error as Error).message}`,
      });
      raw[file] = null;
    }
  }
  return { raw, problems };
}

/** The errors of a data folder: what stops the build. */
export function checkDataFolder(folder: string): Problem[] {
  return checkDataFolderReport(folder).errors;
}

export function checkDataFolderReport(folder: string): DataReport {
  const { raw, problems } = readDataFolder(folder);
  const invalidJson = new Set(problems.map((p) => p.file));
  const report = checkDataReport(raw);
  const checked = report.errors.filter((p) => !(invalidJson.has(p.file) && p.entry === ''));
  return { errors: [...problems, ...checked], warnings: report.warnings };
}

const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

/** The report as the owner reads it: warnings first, then errors, each on a line of its own. */
export function formatDataReport(folder: string, { errors, warnings }: DataReport): string {
  const lines: string[] = [];
  if (warnings.length > 0) {
    lines.push(
      `check-data: ${count(warnings.length, 'warning')} in ${folder} (the site still builds):`,
    );
    lines.push(...warnings.map((p) => `  - ${formatProblem(p)}`));
  }
  if (errors.length > 0) {
    lines.push(`check-data: ${count(errors.length, 'problem')} in ${folder}:`);
    lines.push(...errors.map((p) => `  - ${formatProblem(p)}`));
  } else lines.push(`check-data: every file in ${folder} is valid.`);
  return lines.join('\n');
}

function main() {
  const folder = resolve(process.argv[2] ?? 'data');
  const report = checkDataFolderReport(folder);
  if (report.errors.length > 0) {
    console.error(formatDataReport(folder, report));
    process.exitCode = 1;
  } else console.log(formatDataReport(folder, report));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
