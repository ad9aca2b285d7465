import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { checkDataFolderReport, formatProblem } from './check-data.ts';

const DATA_FILE = /^[a-z0-9-]+\.json$/;

/**
 * Serves data/*.json at ./data/ in development and copies it into the build, after checking it:
 * the build refuses to ship data that the checker rejects, and prints its warnings.
 */
export function dataFiles(folder: string): Plugin {
  const files = () => readdirSync(folder).filter((name) => DATA_FILE.test(name));
  return {
    name: 'academic-profile:data',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const match = /\/data\/([^/?#]+)(?:[?#].*)?$/.exec(req.url ?? '');
        const name = match?.[1];
        if (!name || !files().includes(name)) return next();
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.setHeader('Cache-Control', 'no-cache');
        res.end(readFileSync(join(folder, name)));
      });
    },
    buildStart() {
      const { errors, warnings } = checkDataFolderReport(folder);
      if (errors.length > 0) {
        this.error(
          `data/ is invalid; fix it before building:\n${errors.map((p) => `  - ${formatProblem(p)}`).join('\n')}`,
        );
      }
      for (const p of warnings) this.warn(`data/: ${formatProblem(p)}`);
      for (const name of files()) this.addWatchFile(join(folder, name));
    },
    generateBundle() {
      for (const name of files()) {
        // Re-serialised without indentation: smaller, and the same content.
        const source = JSON.stringify(JSON.parse(readFileSync(join(folder, name), 'utf8')));
        this.emitFile({ type: 'asset', fileName: `data/${name}`, source });
      }
    },
  };
}
