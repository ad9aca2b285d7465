/**
 * One Lighthouse run (mobile preset) of a build, with the long tasks Lighthouse counted into TBT
 * (its simulated 4x CPU), the main-thread work by kind and script; for finding what TBT is made of.
 *
 *   npx tsx scripts/lh-tasks.ts [--runs 1] [--plain] dist
 */
import { resolve } from 'node:path';
import lighthouse from 'lighthouse';
import { plainCopyOfBuild } from './lighthouse.ts';
import { serveFolder } from './static-server.ts';
import { firstArgument, launchChromeForLighthouse, option } from './trace-tools.ts';

const runs = Number(option('--runs', '1'));
const dist = resolve(firstArgument('dist'));
// --plain: the page without its scripts (what the site would be with none).
const root = process.argv.includes('--plain') ? plainCopyOfBuild('lh-tasks-plain', dist) : dist;
const server = await serveFolder(root, { gzip: true, cacheControl: 'max-age=600' });
const chrome = await launchChromeForLighthouse();
type Items = Array<Record<string, unknown>>;
try {
  for (let run = 1; run <= runs; run++) {
    const result = await lighthouse(server.url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
    });
    if (!result) throw new Error('no result');
    const { audits, categories } = result.lhr;
    const num = (id: string) => audits[id]?.numericValue ?? NaN;
    console.log(
      `run ${run}: performance ${categories.performance?.score}, TBT ${num('total-blocking-time').toFixed(0)} ms, FCP ${num('first-contentful-paint').toFixed(0)}, LCP ${num('largest-contentful-paint').toFixed(0)}, TTI ${num('interactive').toFixed(0)}`,
    );
    const items = (id: string) =>
      (audits[id]?.details as { items?: Items } | undefined)?.items ?? [];
    for (const t of items('long-tasks'))
      console.log(
        `  long task at ${Number(t.startTime).toFixed(0)} ms: ${Number(t.duration).toFixed(0)} ms  ${String(t.url).replace(/^.*\//, '')}`,
      );
    console.log(
      `  by kind: ${items('mainthread-work-breakdown')
        .map((i) => `${String(i.groupLabel)} ${Number(i.duration).toFixed(0)}`)
        .join(', ')}`,
    );
    console.log(
      `  by script: ${items('bootup-time')
        .map(
          (i) =>
            `${String(i.url).replace(/^.*\//, '')} total ${Number(i.total).toFixed(0)} eval ${Number(i.scripting).toFixed(0)} parse ${Number(i.scriptParseCompile).toFixed(0)}`,
        )
        .join('; ')}`,
    );
  }
} finally {
  await chrome.kill();
  await server.close();
}
