import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { siteDataFiles, type Site } from '#src/app/site.ts';
import { checkDataFolderReport, formatProblem } from './check-data.ts';
import { OG_CARD_FILE } from './site-files/context.ts';
import { readSite } from './site-data.ts';

/** The catalogues of the interface languages (src/i18n/messages/<tag>.ts). */
const MESSAGES_FOLDER = fileURLToPath(new URL('../src/i18n/messages/', import.meta.url));

/** `import { site } from 'virtual:site'`: the site as built from the data folder. */
const SITE_MODULE = 'virtual:site';
/** `import { messages } from 'virtual:site-messages'`: the catalogue of the site's language only. */
const MESSAGES_MODULE = 'virtual:site-messages';

/**
 * Serves the site's data files at ./data/ in development and copies them into the build, after
 * checking them (the build refuses to ship data that the checker rejects); gives the page the
 * site's settings and the words of its one language as modules, decided at build time.
 */
export function dataFiles(folder: string): Plugin {
  let site: Promise<Site> | undefined;
  const currentSite = () => (site ??= readSite(folder));
  const files = async () => siteDataFiles(await currentSite()).map((file) => file.name);
  return {
    name: 'academic-profile:data',
    resolveId(id) {
      return id === SITE_MODULE || id === MESSAGES_MODULE ? `\0${id}` : undefined;
    },
    async load(id) {
      if (id === `\0${SITE_MODULE}`)
        return `export const site = ${JSON.stringify(await currentSite())};`;
      if (id === `\0${MESSAGES_MODULE}`) {
        const path = join(MESSAGES_FOLDER, `${(await currentSite()).language}.ts`);
        return `export { messages } from ${JSON.stringify(path)};`;
      }
      return undefined;
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const match = /\/data\/([^/?#]+)(?:[?#].*)?$/.exec(req.url ?? '');
        const name = match?.[1];
        if (!name) return next();
        void files().then((names) => {
          if (!names.includes(name)) return next();
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          res.setHeader('Cache-Control', 'no-cache');
          res.end(readFileSync(join(folder, name)));
        }, next);
      });
      // An edited data folder can change the sections or the language: read it again.
      server.watcher.add(folder);
      server.watcher.on('change', (path) => {
        if (path.startsWith(folder)) site = undefined;
      });
    },
    async buildStart() {
      const { errors, warnings } = await checkDataFolderReport(folder);
      for (const warning of warnings) this.warn(formatProblem(warning));
      if (errors.length > 0) {
        this.error(
          `data/ is invalid; fix it before building:\n${errors.map((p) => `  - ${formatProblem(p)}`).join('\n')}`,
        );
      }
      site = readSite(folder);
      for (const name of await files()) this.addWatchFile(join(folder, name));
    },
    async generateBundle() {
      for (const name of await files()) {
        // Re-serialised without indentation: smaller, and the same content.
        const source = JSON.stringify(JSON.parse(readFileSync(join(folder, name), 'utf8')));
        this.emitFile({ type: 'asset', fileName: `data/${name}`, source });
      }
      // The owner's social card, when the data folder has one (the prerender links it).
      const card = join(folder, OG_CARD_FILE);
      if (existsSync(card))
        this.emitFile({ type: 'asset', fileName: OG_CARD_FILE, source: readFileSync(card) });
    },
  };
}
