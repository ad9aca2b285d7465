/**
 * Merges BibTeX files into data/publications.json, parsed with @retorquere/bibtex-parser (the
 * parser behind Better BibTeX for Zotero). Reads what academics have: al-folio's papers.bib, dblp
 * and Google Scholar exports, Zotero. A paper already there (same arXiv id, DOI or title) only
 * gets the fields it lacks; the owner's name as the entries spell it joins profile.json's
 * authorNames. Prints what was added, updated, merged and skipped, and why.
 *
 *   npm run import-bib -- papers.bib [more.bib] [--topic <id>] [--asset-base <url>]
 *                                    [--data <folder>] [--dry-run]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TopicSchema } from '#src/features/publications/publications-schema.ts';
import { importBib, type PublicationsFile } from './import-bib/import-entries.ts';
import { formatReport } from './import-bib/report.ts';

export { importBib, type PublicationsFile } from './import-bib/import-entries.ts';
export { formatReport, type ImportReport } from './import-bib/report.ts';

const USAGE = `usage: npm run import-bib -- <file.bib> [more.bib] [options]
  --topic <id>        topic of the papers whose keywords name no topic of publications.json
  --asset-base <url>  where relative file names (al-folio's pdf = {paper.pdf}) are published,
                      e.g. https://you.github.io/assets/pdf/; without it they are left out
  --data <folder>     the site's data folder (default: data)
  --dry-run           print what would change, write nothing`;

interface Io {
  log: (line: string) => void;
  error: (line: string) => void;
}

interface Args {
  files: string[];
  topic?: string;
  assetBase?: URL;
  data: string;
  dryRun: boolean;
}

/** A folder address: "…/assets/pdf" and "…/assets/pdf/" both mean the files are in it. */
function assetBaseOf(value: string): URL | undefined {
  if (!URL.canParse(value)) return undefined;
  const url = new URL(value);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

function parseArgs(argv: readonly string[]): Args | string {
  const args: Args = { files: [], data: 'data', dryRun: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--dry-run') {
      args.dryRun = true;
      continue;
    }
    if (!arg.startsWith('--')) {
      args.files.push(arg);
      continue;
    }
    const value = argv[++i];
    if (value === undefined || value.startsWith('--')) return `${arg} needs a value`;
    if (arg === '--topic') args.topic = value;
    else if (arg === '--data') args.data = value;
    else if (arg === '--asset-base') {
      args.assetBase = assetBaseOf(value);
      if (!args.assetBase) return `--asset-base needs an absolute http(s) address, not "${value}"`;
    } else return `unknown option ${arg}`;
  }
  return args.files.length > 0 ? args : 'give at least one .bib file';
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function ownerNamesOf(profile: Record<string, unknown>): string[] {
  const names = [profile.name, ...(Array.isArray(profile.authorNames) ? profile.authorNames : [])];
  return names.filter((name): name is string => typeof name === 'string');
}

const writeJson = (path: string, value: unknown) =>
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);

/** The command itself; returns its exit code (0 even when entries were skipped: they are reported). */
export function runImportBib(argv: readonly string[], io: Io = console): number {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    io.error(`import-bib: ${args}\n${USAGE}`);
    return 2;
  }
  const pubsPath = join(resolve(args.data), 'publications.json');
  const profilePath = join(resolve(args.data), 'profile.json');
  const stored = existsSync(pubsPath) ? readJson(pubsPath) : { topics: [], papers: [] };
  if (!isRecord(stored)) {
    io.error(`import-bib: ${pubsPath} is not a JSON object`);
    return 1;
  }
  let data: PublicationsFile = {
    ...stored,
    // Topics are read as the site reads them; papers are kept exactly as they are.
    topics: (Array.isArray(stored.topics) ? stored.topics : []).flatMap((topic: unknown) => {
      const parsed = TopicSchema.safeParse(topic);
      return parsed.success ? [parsed.data] : [];
    }),
    papers: (Array.isArray(stored.papers) ? stored.papers : []).filter(isRecord),
  };
  if (args.topic && !data.topics.some((t) => t.id === args.topic)) {
    io.error(
      `import-bib: --topic ${args.topic} is not a topic of publications.json (its topics: ${data.topics.map((t) => t.id).join(', ') || 'none'})`,
    );
    return 2;
  }
  const profile = existsSync(profilePath) ? readJson(profilePath) : undefined;
  const ownerNames = isRecord(profile) ? ownerNamesOf(profile) : [];
  if (!isRecord(profile)) io.log(`note: no ${profilePath}: your name is not looked for`);

  let changed = false;
  for (const file of args.files) {
    let bib: string;
    try {
      bib = readFileSync(resolve(file), 'utf8');
    } catch (error) {
      io.error(`import-bib: cannot read ${file}: ${error instanceof Error ? error.message : ''}`);
      return 1;
    }
    const result = importBib(bib, data, {
      fileName: file,
      ownerNames,
      ...(args.topic ? { topic: args.topic } : {}),
      ...(args.assetBase ? { assetBase: args.assetBase } : {}),
    });
    data = result.file;
    ownerNames.push(...result.report.ownerNames);
    const { added, updated } = result.report;
    changed ||= added.length + updated.length > 0;
    io.log(`${file}:\n${formatReport(result.report)}`);
  }

  const newNames = isRecord(profile)
    ? ownerNames.filter((name) => !ownerNamesOf(profile).includes(name))
    : [];
  if (args.dryRun) {
    io.log('dry run: nothing written');
    return 0;
  }
  if (changed) {
    writeJson(pubsPath, data);
    io.log(`wrote ${pubsPath}`);
  }
  if (isRecord(profile) && newNames.length > 0) {
    const authorNames = Array.isArray(profile.authorNames) ? profile.authorNames : [];
    writeJson(profilePath, { ...profile, authorNames: [...authorNames, ...newNames] });
    io.log(`wrote ${profilePath}`);
  }
  if (changed) io.log('next: npm run check-data, then npm run build');
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  process.exitCode = runImportBib(process.argv.slice(2));
