/**
 * The data checker: validates every file in data/ against the site's own schemas and checks what a
 * schema alone cannot (unique ids, references between files, known topics). Every problem names the
 * file, the entry and the field. An error is what would break the page or a link, and exits
 * non-zero; a warning (a name spelled two ways, a paper entered twice, a section listed with
 * nothing to show) is printed and passes.
 *
 *   npm run check-data [-- <data folder>]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod/mini';
import { describeIssuePath, type SkippedEntry } from '#src/lib/data-entries.ts';
import { DATA_FILES, sectionFile } from '#src/app/site.ts';
import { resolveSite, SiteFileSchema } from '#src/app/site-settings.ts';
import { awardsFile } from '#src/features/awards/awards-query.ts';
import { impactFile } from '#src/features/impact/impact-query.ts';
import { mediaFile } from '#src/features/media/media-query.ts';
import { newsFile } from '#src/features/news/news-query.ts';
import { profileFile } from '#src/features/profile/profile-query.ts';
import { publicationsFile } from '#src/features/publications/publications-query.ts';
import type { AnyDataFile, DataFile } from '#src/lib/data-file.ts';
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

/** Every data file a site may have, by name; only the profile is required. */
export const DATA_FILE_NAMES = DATA_FILES.map((file) => file.name);
export const REQUIRED_FILES: readonly string[] = [profileFile.name];
const SITE_SETTINGS_FILE = 'site.json';

export function dataFileNamed(name: string): AnyDataFile {
  const file = DATA_FILES.find((f) => f.name === name);
  if (!file) throw new Error(`no data file is named ${name}`);
  return file;
}

/** The files that parsed, each read back through its own declaration (typed). */
class ParsedFiles {
  private readonly raw = new Map<string, unknown>();
  set(file: AnyDataFile, raw: unknown) {
    this.raw.set(file.name, raw);
  }
  async get<T extends { skipped: SkippedEntry[] }>(file: DataFile<T>): Promise<T | undefined> {
    return this.raw.has(file.name)
      ? (await file.schema()).parse(this.raw.get(file.name))
      : undefined;
  }
}

export function formatProblem(p: Problem): string {
  const entry = p.entry ? ` ${p.entry}` : '';
  const field = p.field ? ` field "${p.field}"` : '';
  return `${p.file}${entry}${field}: ${p.message}`;
}

/** What the checker found: errors stop the build, warnings are printed and let it pass. */
export interface DataReport {
  errors: Problem[];
  warnings: Problem[];
}

function entryName(list: string, index: number, id: string | undefined): string {
  return `${list}[${index}]${id ? ` "${id}"` : ''}`;
}

function skippedToProblem(file: string, s: SkippedEntry): Problem {
  return { file, entry: entryName(s.list, s.index, s.id), field: s.field, message: s.message };
}

/**
 * Checks the raw contents of each data file (as read from JSON; absent for a missing file) and of
 * site.json. Only the profile is required: a section whose file is absent is left out of the site.
 */
export async function checkData(raw: Readonly<Record<string, unknown>>): Promise<Problem[]> {
  return (await checkDataReport(raw)).errors;
}

/** The errors and warnings in the raw contents of each data file and of site.json. */
export async function checkDataReport(raw: Readonly<Record<string, unknown>>): Promise<DataReport> {
  const problems: Problem[] = [];
  const parsed = new ParsedFiles();
  for (const file of DATA_FILES) {
    if (raw[file.name] === undefined) {
      if (REQUIRED_FILES.includes(file.name))
        problems.push({ file: file.name, entry: '', field: '', message: 'file is missing' });
      continue;
    }
    const result = (await file.schema()).safeParse(raw[file.name]);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push({
          file: file.name,
          entry: '',
          field: describeIssuePath(issue.path),
          message: issue.message,
        });
      }
      continue;
    }
    for (const skipped of result.data.skipped) problems.push(skippedToProblem(file.name, skipped));
    parsed.set(file, raw[file.name]);
  }
  const settings = await checkSiteSettings(raw);
  const references = await checkReferences(parsed);
  return {
    errors: [...problems, ...settings.errors, ...references.errors],
    warnings: [...settings.warnings, ...references.warnings],
  };
}

/** site.json: optional; its settings valid, and a listed section with nothing to show named. */
async function checkSiteSettings(raw: Readonly<Record<string, unknown>>): Promise<DataReport> {
  const result = SiteFileSchema.safeParse(raw[SITE_SETTINGS_FILE] ?? {});
  if (!result.success) {
    const errors = result.error.issues.map((issue) => ({
      file: SITE_SETTINGS_FILE,
      entry: '',
      field: describeIssuePath(issue.path),
      message: issue.message,
    }));
    return { errors, warnings: [] };
  }
  const site = await resolveSite(result.data, (name) => raw[name]);
  const warnings = (result.data.sections ?? [])
    .filter((id) => !site.sections.some((s) => s.id === id))
    .map((id) => ({
      file: SITE_SETTINGS_FILE,
      entry: '',
      field: `sections`,
      message: `lists "${id}", but ${sectionFile(id).name} has nothing for it: the section is left out`,
    }));
  return { errors: [], warnings };
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

async function checkReferences(parsed: ParsedFiles): Promise<DataReport> {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const pubs = await parsed.get(publicationsFile);
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
      // Letters of any script: a Chinese title is not blank (and so not every other one's twin).
      const title = foldText(paper.title)
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
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

  const news = await parsed.get(newsFile);
  if (news) {
    checkUniqueIds('news.json', 'items', news.items, problems);
    checkPapers('news.json', 'items', news.items);
  }
  const awards = await parsed.get(awardsFile);
  if (awards) {
    checkUniqueIds('awards.json', 'honors', awards.honors, problems);
    checkUniqueIds('awards.json', 'competitions', awards.competitions, problems);
    checkUniqueIds('awards.json', 'studentAwards', awards.studentAwards, problems);
    checkPapers('awards.json', 'honors', awards.honors);
    checkPapers('awards.json', 'competitions', awards.competitions);
    checkPapers('awards.json', 'studentAwards', awards.studentAwards);
  }
  const impact = await parsed.get(impactFile);
  if (impact) {
    checkUniqueIds('impact.json', 'adoptions', impact.adoptions, problems);
    checkUniqueIds('impact.json', 'integrations', impact.integrations, problems);
    checkPapers('impact.json', 'adoptions', impact.adoptions);
    checkPapers('impact.json', 'integrations', impact.integrations);
  }
  const media = await parsed.get(mediaFile);
  if (media) {
    checkUniqueIds('media.json', 'groups', media.groups, problems);
    checkPapers('media.json', 'groups', media.groups);
  }
  const profile = await parsed.get(profileFile);
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

/** Reads every known data file of a folder and site.json; a file that is not JSON is a problem. */
export function readDataFolder(folder: string): {
  raw: Record<string, unknown>;
  problems: Problem[];
} {
  const raw: Record<string, unknown> = {};
  const problems: Problem[] = [];
  const present = new Set(readdirSync(folder));
  for (const name of [...DATA_FILE_NAMES, SITE_SETTINGS_FILE]) {
    if (!present.has(name)) continue;
    try {
      raw[name] = JSON.parse(readFileSync(join(folder, name), 'utf8'));
    } catch (error) {
      problems.push({
        file: name,
        entry: '',
        field: '',
        message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
      });
      raw[name] = null;
    }
  }
  return { raw, problems };
}

/** The errors of a data folder: what stops the build. */
export async function checkDataFolder(folder: string): Promise<Problem[]> {
  return (await checkDataFolderReport(folder)).errors;
}

/** The errors and warnings of a data folder. */
export async function checkDataFolderReport(folder: string): Promise<DataReport> {
  const { raw, problems } = readDataFolder(folder);
  const invalidJson = new Set(problems.map((p) => p.file));
  const report = await checkDataReport(raw);
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

async function main() {
  const folder = resolve(process.argv[2] ?? 'data');
  const report = await checkDataFolderReport(folder);
  if (report.errors.length > 0) {
    console.error(formatDataReport(folder, report));
    process.exitCode = 1;
  } else console.log(formatDataReport(folder, report));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
