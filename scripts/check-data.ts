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
import { profileFile } from '#src/features/profile/profile-query.ts';
import type { AnyDataFile } from '#src/lib/data-file.ts';
import { entryName, type Problem } from './check-data-entries.ts';

import { checkReferences, ParsedFiles, type DataReport } from './check-data-references.ts';

export { personKey, type Problem } from './check-data-entries.ts';
export type { DataReport } from './check-data-references.ts';

// The site ships without zod's message texts; the checker speaks to the owner in full sentences.
z.config(z.locales.en());

/** Every data file a site may have, by name; only the profile is required. */
export const DATA_FILE_NAMES = DATA_FILES.map((file) => file.name);
export const REQUIRED_FILES: readonly string[] = [profileFile.name];
const SITE_SETTINGS_FILE = 'site.json';

export function dataFileNamed(name: string): AnyDataFile {
  const file = DATA_FILES.find((f) => f.name === name);
  if (!file) throw new Error(`no data file is named ${name}`);
  return file;
}

export function formatProblem(p: Problem): string {
  const entry = p.entry ? ` ${p.entry}` : '';
  const field = p.field ? ` field "${p.field}"` : '';
  return `${p.file}${entry}${field}: ${p.message}`;
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
