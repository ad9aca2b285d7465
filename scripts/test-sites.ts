/**
 * The test sites of tests/fixtures/sites/: each built from its own data folder into its own
 * folder of dist-sites/, as `npm run build` builds data/ into dist/, and served there for the
 * browser tests (tests/e2e/sites/).
 *
 *   tsx scripts/test-sites.ts build            # every test site
 *   tsx scripts/test-sites.ts serve <name> <port>   # one, built first if it is not yet
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serveFolder } from './static-server.ts';

const FIXTURES = resolve('tests/fixtures/sites');
const OUT = resolve('dist-sites');

export const testSiteNames = (): string[] => readdirSync(FIXTURES).sort();
export const testSiteFolder = (name: string): string => join(OUT, name);

function run(command: string, args: string[], dataFolder: string) {
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DATA_DIR: dataFolder, SITE_URL: '' },
  });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

/** The production build of one test site: bundle, prerender, service worker (no size budget). */
export function buildTestSite(name: string) {
  const data = join(FIXTURES, name);
  const out = testSiteFolder(name);
  const bin = (tool: string) => resolve('node_modules/.bin', tool);
  run(bin('vite'), ['build', '--outDir', out, '--emptyOutDir', '--logLevel', 'warn'], data);
  run(bin('tsx'), ['scripts/prerender.tsx', out, data], data);
  run(bin('tsx'), ['scripts/service-worker.ts', out], data);
}

async function main() {
  const [command, name, port] = process.argv.slice(2);
  if (command === 'build') {
    for (const site of testSiteNames()) buildTestSite(site);
  } else if (command === 'serve' && name && port) {
    if (!testSiteNames().includes(name)) throw new Error(`no test site "${name}"`);
    if (!existsSync(join(testSiteFolder(name), 'index.html'))) buildTestSite(name);
    const server = await serveFolder(testSiteFolder(name), { port: Number(port) });
    console.log(`test site ${name} at ${server.url}`);
  } else {
    throw new Error('usage: tsx scripts/test-sites.ts build | serve <name> <port>');
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
