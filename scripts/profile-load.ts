/**
 * Which source modules the page's long load tasks spend their time in: a Chromium trace with V8's
 * sampling profiler (CPU slowed 4x, a phone's screen), each sample mapped back through the build's
 * source maps to its module (react-dom, @tanstack/query-core, zod, src/...), and every script
 * sample from the first paint on by module and function. Needs a build with source maps:
 *
 *   npx vite build --sourcemap --outDir /tmp/site --emptyOutDir && npx tsx scripts/prerender.tsx /tmp/site
 *   npx tsx scripts/profile-load.ts [--runs 1] [--slowdown 4] [--path ./] [--min 50] /tmp/site
 *
 * The sampler makes V8 record source positions as it compiles, so the re-parsing that Playwright's
 * Runtime domain otherwise causes at start-up (scripts/cdp-pipe.ts) does not show here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { serveFolder } from './static-server.ts';
import * as trace from './trace-tools.ts';
import { waitInPage } from './wait-in-page.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  parent?: number;
}

const maps = new Map<string, TraceMap | null>();
function mapFor(dist: string, url: string): TraceMap | null {
  const file = url.replace(/^.*\/assets\//, 'assets/');
  if (!maps.has(file)) {
    const path = join(dist, `${file}.map`);
    maps.set(file, existsSync(path) ? new TraceMap(readFileSync(path, 'utf8')) : null);
  }
  return maps.get(file) ?? null;
}

/** The module a frame's code comes from: a package name, or a path under src/. */
function moduleOf(dist: string, frame: ProfileNode['callFrame']): { module: string; fn: string } {
  if (!frame.url) return { module: frame.functionName || '(native)', fn: frame.functionName };
  const map = mapFor(dist, frame.url);
  if (!map) return { module: frame.url.replace(/^.*\//, ''), fn: frame.functionName };
  const pos = originalPositionFor(map, { line: frame.lineNumber + 1, column: frame.columnNumber });
  const source = pos.source ?? '?';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source)?.[1];
  const module = pkg ?? source.replace(/^.*?src\//, 'src/');
  return {
    module,
    fn: `${pos.name ?? frame.functionName ?? '?'} ${source.replace(/^.*node_modules\//, '').replace(/^.*?src\//, 'src/')}:${pos.line ?? '?'}`,
  };
}

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'v8.execute',
  'blink.user_timing',
  'disabled-by-default-v8.cpu_profiler',
];

async function main() {
  const runs = Number(trace.option('--runs', '1'));
  const path = trace.option('--path', './');
  const min = Number(trace.option('--min', '50'));
  const dist = resolve(trace.firstArgument('dist'));
  const server = await serveFolder(dist, { gzip: true });
  const browser = await trace.launchChromium();
  try {
    for (let run = 1; run <= runs; run++) {
      const slowdown = Number(trace.option('--slowdown', '4'));
      const { context, page, cdp } = await trace.openThrottledPhonePage(browser, slowdown);
      const events = await trace.recordTrace(cdp, CATEGORIES, async () => {
        await page.goto(new URL(path, server.url).href, { waitUntil: 'commit' });
        await waitInPage(cdp, "document.documentElement.dataset.appReady === 'true'");
        await page.waitForTimeout(2000);
      });
      await context.close();

      const main = trace.rendererMainThread(events);
      const nav = events.find((e) => e.name === 'navigationStart')?.ts ?? 0;
      // Samples: nodes and (time, node) pairs from the profile chunks of the main thread.
      const nodes = new Map<number, ProfileNode>();
      const samples: Array<{ ts: number; node: number }> = [];
      // The main thread's profile (a worker has its own), and its chunks (which carry its id).
      const profile = events.find(
        (e) => e.name === 'Profile' && e.pid === main.pid && e.tid === main.tid,
      );
      let last = Number(
        (profile?.args?.data as { startTime?: number } | undefined)?.startTime ?? 0,
      );
      for (const e of events) {
        if (e.name !== 'ProfileChunk' || e.pid !== main.pid || e.id !== profile?.id) continue;
        const data = e.args?.data as {
          cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
          timeDeltas?: number[];
        };
        for (const n of data.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
        const ids = data.cpuProfile?.samples ?? [];
        const deltas = data.timeDeltas ?? [];
        ids.forEach((id, i) => {
          last += deltas[i] ?? 0;
          samples.push({ ts: last, node: id });
        });
      }
      const tasks = trace.outermostTasks(trace.threadEvents(events, main));
      console.log(`run ${run}: ${samples.length} samples`);
      // Every sample of script from the first paint on, by module and function: the whole start-up.
      const fcp = events.find((e) => e.name === 'firstContentfulPaint')?.ts ?? nav;
      const totals = new Map<string, number>();
      const fns = new Map<string, number>();
      let counted = 0;
      for (const s of samples) {
        if (s.ts < fcp) continue;
        const node = nodes.get(s.node);
        if (!node || node.callFrame.functionName === '(idle)') continue;
        const { module, fn } = moduleOf(dist, node.callFrame);
        totals.set(module, (totals.get(module) ?? 0) + 1);
        fns.set(fn, (fns.get(fn) ?? 0) + 1);
        counted++;
      }
      console.log(`  after first paint, ${counted} busy samples, by module:`);
      for (const [m, n] of [...totals.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25))
        console.log(`    ${((100 * n) / counted).toFixed(1).padStart(5)}%  ${m}`);
      console.log('  by function:');
      for (const [m, n] of [...fns.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30))
        console.log(`    ${((100 * n) / counted).toFixed(1).padStart(5)}%  ${m}`);
      for (const t of tasks) {
        const cpu = (t.tdur ?? 0) / 1000;
        if (cpu < min) continue;
        const inside = samples.filter((s) => s.ts >= t.ts && s.ts <= t.ts + (t.dur ?? 0));
        const byModule = new Map<string, number>();
        const byFn = new Map<string, number>();
        for (const s of inside) {
          const node = nodes.get(s.node);
          if (!node) continue;
          const { module, fn } = moduleOf(dist, node.callFrame);
          byModule.set(module, (byModule.get(module) ?? 0) + 1);
          byFn.set(fn, (byFn.get(fn) ?? 0) + 1);
        }
        const total = inside.length || 1;
        const pct = (n: number) => `${((100 * n) / total).toFixed(0)}%`;
        console.log(
          `  task @${Math.round((t.ts - nav) / 1000)} ms, ${cpu.toFixed(0)} ms CPU, ${inside.length} samples`,
        );
        console.log(
          `    modules: ${[...byModule.entries()]
            .sort((a, b) => b[1] - a[1])
            .slice(0, 10)
            .map(([m, n]) => `${m} ${pct(n)}`)
            .join(', ')}`,
        );
        for (const [fn, n] of [...byFn.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8))
          console.log(`      ${pct(n).padStart(4)} ${fn}`);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
