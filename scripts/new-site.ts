/**
 * Starts a site for another academic: replaces the data folder with a minimal valid site for that
 * person (a profile with their name, an empty publication list, the site settings) and nothing else
 * of the previous owner's. Then `npm run import-bib -- papers.bib` fills it.
 *
 *   npm run new-site -- --name "Ada Lovelace" [--language zh-CN] [--url https://...] [--force]
 *                       [--data <folder>]
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isLanguage, LANGUAGES } from '#src/i18n/languages.ts';
import { isSafeUrl } from '#src/lib/safe-url.ts';

const USAGE = `usage: npm run new-site -- --name "Ada Lovelace" [options]
  --language <tag>  the interface language: ${Object.keys(LANGUAGES).join(', ')} (default: en)
  --url <address>   where the site will be published, e.g. https://example.edu/~ada/
  --data <folder>   the folder to write (default: data)
  --force           replace a folder that already holds files`;

interface Io {
  log: (line: string) => void;
  error: (line: string) => void;
}

interface Args {
  name: string;
  language: string;
  url?: string;
  data: string;
  force: boolean;
}

function parseArgs(argv: readonly string[]): Args | string {
  const options = new Map<string, string>();
  let force = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--force') {
      force = true;
      continue;
    }
    if (!['--name', '--language', '--url', '--data'].includes(arg)) return `unknown option ${arg}`;
    const value = argv[++i];
    if (value === undefined || value.startsWith('--')) return `${arg} needs a value`;
    options.set(arg, value);
  }
  const name = options.get('--name')?.trim();
  if (!name) return 'give the owner\'s name: --name "Ada Lovelace"';
  const language = options.get('--language') ?? 'en';
  if (!isLanguage(language))
    return `--language must be one of ${Object.keys(LANGUAGES).join(', ')}, not "${language}"`;
  const url = options.get('--url');
  if (url !== undefined && !(isSafeUrl(url) && /^https?:/.test(url)))
    return `--url must be an absolute http(s) address, not "${url}"`;
  return { name, language, ...(url ? { url } : {}), data: options.get('--data') ?? 'data', force };
}

/** The files of a new site: what the checker and the page need, and nothing invented. */
export function newSiteFiles(args: Pick<Args, 'name' | 'language' | 'url'>) {
  return {
    'profile.json': { name: args.name, authorNames: [args.name] },
    'publications.json': { topics: [], papers: [] },
    'site.json': {
      language: args.language,
      ...(args.url ? { url: args.url } : {}),
      sections: ['publications'],
    },
  };
}

export function runNewSite(argv: readonly string[], io: Io = console): number {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    io.error(`new-site: ${args}\n${USAGE}`);
    return 2;
  }
  const folder = resolve(args.data);
  const existing = existsSync(folder) ? readdirSync(folder) : [];
  if (existing.length > 0 && !args.force) {
    io.error(
      `new-site: ${folder} already holds ${existing.length} file${existing.length === 1 ? '' : 's'} (${existing.slice(0, 6).join(', ')}${existing.length > 6 ? ', …' : ''}); nothing was changed. Pass --force to replace them (keep a copy if you need them: git keeps one of data/).`,
    );
    return 1;
  }
  // Only the data files go: a wrong --data never costs anything but JSON files.
  const replaced = existing.filter((file) => file.endsWith('.json'));
  for (const file of replaced) rmSync(join(folder, file));
  const kept = existing.filter((file) => !file.endsWith('.json'));
  if (kept.length > 0) io.log(`new-site: left alone in ${folder}: ${kept.join(', ')}`);
  mkdirSync(folder, { recursive: true });
  for (const [file, content] of Object.entries(newSiteFiles(args)))
    writeFileSync(join(folder, file), `${JSON.stringify(content, null, 2)}\n`);
  io.log(
    [
      `new-site: a site for ${args.name} in ${folder} (profile.json, publications.json, site.json).`,
      'next:',
      `  npm run import-bib -- papers.bib${args.data === 'data' ? '' : ` --data ${args.data}`}   # your papers, from any .bib file`,
      '  npm run build                          # the site, in dist/',
    ].join('\n'),
  );
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  process.exitCode = runNewSite(process.argv.slice(2));
