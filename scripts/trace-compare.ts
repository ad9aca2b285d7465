/**
 * Compares the main-thread work of two or more builds while the page loads, in alternating runs
 * (A B A B ...): Chromium traces of a load on a phone's screen, each task with its CPU time, from
navigation until the app has taken the page over and 2 s more; the median and range per build.
 *
 * Times are the main thread's own CPU time (`tdur`), not wall time: on this shared 2-core machine
 * the wall time of one task varies 2-5x between runs (other processes take the core), its CPU time
 * far less. With --slowdown 1 (no throttling: steadier still, and what Lighthouse records before it
 * multiplies each task by 4) every figure is the CPU time times 4, "as at 4x". Throttled runs
 * (the default --slowdown 4) are less steady: Chromium slows the page's thread by making it spin,
 * and a busy machine stretches the spinning too.
 *
 * The page is driven over a pipe with no automation library (scripts/cdp-pipe.ts), as a visitor's
 * browser runs it; --devtools enables the Runtime domain as Lighthouse and Playwright do, which
 * makes V8 parse React DOM and the bundle again at start-up (see cdp-pipe.ts).
 *
 *   npx tsx scripts/trace-compare.ts [--runs 5] [--slowdown 1] [--devtools] [--path ./?q=x] [--plain] [--verbose] [--save] distA distB ...
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { launchOverPipe, type CdpBrowser } from './cdp-pipe.ts';
import { plainCopyOfBuild } from './lighthouse.ts';
import { serveFolder } from './static-server.ts';
import { analyse, SETTLE_MS, type RunFigures } from './trace-figures.ts';
import { option, type TraceEvent } from './trace-tools.ts';

// --compile adds V8's compile events (V8.CollectSourcePositions shows the re-parsing that the
// Runtime domain causes); --profile, V8's sampler (which collects source positions up front, so
// the re-parsing disappears: not for timing).
const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink.user_timing',
  'loading',
  ...(process.argv.includes('--profile') ? ['disabled-by-default-v8.cpu_profiler'] : []),
  ...(process.argv.includes('--compile') ? ['disabled-by-default-v8.compile', 'v8'] : []),
];

const LOADED = "document.readyState === 'complete'";
const APP_READY = "document.documentElement.dataset.appReady === 'true'";

/** One load of `url` in a fresh browser context (no cache, no service worker), traced. */
async function traceOnce(
  browser: CdpBrowser,
  url: string,
  options: { slowdown: number; plain: boolean; devtools: boolean },
): Promise<TraceEvent[]> {
  const { browserContextId } = await browser.send('Target.createBrowserContext');
  const { targetId } = await browser.send('Target.createTarget', {
    url: 'about:blank',
    browserContextId,
  });
  const { sessionId } = await browser.send('Target.attachToTarget', { targetId, flatten: true });
  const session = String(sessionId);
  const page = (method: string, params: Record<string, unknown> = {}) =>
    browser.send(method, params, session);
  await page('Emulation.setDeviceMetricsOverride', {
    width: 375,
    height: 812,
    deviceScaleFactor: 2,
    mobile: true,
  });
  await page('Emulation.setTouchEmulationEnabled', { enabled: true });
  await page('Emulation.setCPUThrottlingRate', { rate: options.slowdown });
  if (options.devtools) await page('Runtime.enable');
  const events: TraceEvent[] = [];
  let complete = () => {};
  const stop = browser.onEvent((message) => {
    if (message.method === 'Tracing.dataCollected')
      events.push(...((message.params?.value ?? []) as TraceEvent[]));
    if (message.method === 'Tracing.tracingComplete') complete();
  });
  try {
    await browser.send('Tracing.start', {
      transferMode: 'ReportEvents',
      traceConfig: { includedCategories: CATEGORIES },
    });
    await page('Page.navigate', { url });
    const condition = options.plain ? LOADED : APP_READY;
    const until = Date.now() + 120_000;
    // Asked through the protocol, a tiny evaluation every 100 ms: nothing else runs in the page.
    for (;;) {
      const { result } = (await page('Runtime.evaluate', { expression: condition })) as {
        result?: { value?: unknown };
      };
      if (result?.value === true) break;
      if (Date.now() > until) throw new Error(`timed out waiting for ${condition} at ${url}`);
      await new Promise((ok) => setTimeout(ok, 100));
    }
    await new Promise((ok) => setTimeout(ok, SETTLE_MS));
    const done = new Promise<void>((ok) => (complete = ok));
    await browser.send('Tracing.end');
    await done;
    return events;
  } finally {
    stop();
    await browser.send('Target.disposeBrowserContext', { browserContextId });
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? NaN) : ((s[m - 1] ?? NaN) + (s[m] ?? NaN)) / 2;
};
const range = (xs: number[]) =>
  `${median(xs).toFixed(0).padStart(5)} (${Math.min(...xs).toFixed(0)}-${Math.max(...xs).toFixed(0)})`;

async function main() {
  const runs = Number(option('--runs', '5'));
  const slowdown = Number(option('--slowdown', '4'));
  const path = option('--path', './');
  const plain = process.argv.includes('--plain');
  const verbose = process.argv.includes('--verbose');
  // --save: each trace to test-results/trace-compare/<build>-<run>.json (for DevTools' Performance panel).
  const save = process.argv.includes('--save');
  const dists = process.argv
    .slice(2)
    .filter(
      (a, i, all) =>
        !a.startsWith('--') && !['--runs', '--slowdown', '--path'].includes(all[i - 1] ?? ''),
    );
  if (dists.length === 0) throw new Error('name at least one built site');
  const servers = [];
  for (const [i, dist] of dists.entries()) {
    const root = plain ? plainCopyOfBuild(`trace-compare-${i}`, dist) : resolve(dist);
    servers.push(await serveFolder(root, { gzip: true }));
  }
  const devtools = process.argv.includes('--devtools');
  const browser = await launchOverPipe(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');
  const figures: RunFigures[][] = dists.map(() => []);
  try {
    for (let run = 0; run < runs; run++) {
      // Alternate the order too, so neither build always runs first after a pause.
      const order = dists.map((_, i) => i);
      if (run % 2 === 1) order.reverse();
      for (const i of order) {
        const server = servers[i];
        if (!server) continue;
        const events = await traceOnce(browser, new URL(path, server.url).href, {
          slowdown,
          plain,
          devtools,
        });
        const f = analyse(events, plain, 4 / slowdown);
        if (save) {
          mkdirSync(resolve('test-results', 'trace-compare'), { recursive: true });
          writeFileSync(
            resolve('test-results', 'trace-compare', `${basename(dists[i] ?? '')}-${run + 1}.json`),
            JSON.stringify({ traceEvents: events }),
          );
        }
        figures[i]?.push(f);
        console.log(
          `run ${run + 1} ${basename(dists[i] ?? '')}: longest ${f.longest.toFixed(0)} ms, after paint ${f.longestAfterPaint.toFixed(0)}, blocking ${f.blocking.toFixed(0)}, ${f.over50} over 50; fcp ${f.fcp.toFixed(0)} ready ${f.ready.toFixed(0)} (wall)`,
        );
        if (verbose) for (const t of f.top) console.log(`    ${t}`);
      }
    }
  } finally {
    await browser.close();
    for (const s of servers) await s.close();
  }
  console.log(
    `\nCPU ms as at 4x (${slowdown === 4 ? 'throttled 4x' : `measured at ${slowdown}x, times ${4 / slowdown}`}), median (min-max) of ${runs} runs${plain ? ', plain pages' : ''}${devtools ? ', Runtime domain on (as Lighthouse)' : ''}, ${path}`,
  );
  const kindNames = ['parse', 'style', 'layout', 'paint', 'evaluate', 'run', 'gc'];
  for (const [i, dist] of dists.entries()) {
    const fs = figures[i] ?? [];
    console.log(`${basename(dist)}:`);
    console.log(`  longest task        ${range(fs.map((f) => f.longest))}`);
    console.log(`  longest after paint ${range(fs.map((f) => f.longestAfterPaint))}`);
    console.log(`  blocking after paint${range(fs.map((f) => f.blocking))}`);
    console.log(`  the same, wall times${range(fs.map((f) => f.wallBlocking))}`);
    console.log(`  tasks over 50 ms    ${range(fs.map((f) => f.over50))}`);
    console.log(`  first paint (wall)  ${range(fs.map((f) => f.fcp))}`);
    console.log(`  ready (wall)        ${range(fs.map((f) => f.ready))}`);
    console.log(
      `  CPU by kind: ${kindNames.map((k) => `${k} ${median(fs.map((f) => f.kinds[k] ?? 0)).toFixed(0)}`).join(', ')}`,
    );
  }
}

await main();
