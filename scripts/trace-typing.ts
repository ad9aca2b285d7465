/**
 * What the main thread does while a visitor types into the search at scale: the scale test's page
 * (10,000 synthetic papers, CPU slowed as asked), the slowest Event Timing entries (delay +
 * processing + the wait for the next paint), each task over `--long` ms with what it spent its time
 * on (style and layout with their element counts) and the JavaScript a sampling profile saw in it,
 * and the whole typing's totals. `--timeline 9-13` lists every task from the 9th key to the 13th;
 * `--css` adds a style sheet first, to try what a change of layout would do. An unminified build
 * (`vite build --minify false` and the prerender) gives the profile readable names.
 *
 *   npx tsx scripts/trace-typing.ts [dist] [--slowdown 4] [--long 30] [--query "…"]
 *     [--timeline 9-13] [--css "…"]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyOfBuild, serveFolder } from './static-server.ts';
import { syntheticPapers } from './bench/synthetic-papers.ts';
import {
  firstArgument,
  launchChromium,
  option,
  recordTrace,
  outermostTasks,
  rendererMainThread,
  selfTimes,
  threadEvents,
  type TraceEvent,
} from './trace-tools.ts';

const dist = firstArgument('dist');
const slowdown = Number(option('--slowdown', '4'));
const long = Number(option('--long', '30'));
const query = option('--query', 'quantization mobile');
/** A style sheet added before typing, to try what a change of layout would do. */
const css = option('--css', '');

const real = JSON.parse(readFileSync(join(dist, 'data', 'publications.json'), 'utf8')) as {
  topics: unknown[];
};
const root = copyOfBuild('trace-typing', dist);
writeFileSync(
  join(root, 'data', 'publications.json'),
  JSON.stringify({ topics: real.topics, papers: syntheticPapers(10_000) }),
);
const site = await serveFolder(root);
const browser = await launchChromium();
const context = await browser.newContext({
  viewport: { width: 1280, height: 800 },
  serviceWorkers: 'block',
  bypassCSP: css !== '',
});
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
await page.goto(site.url);
await page.waitForFunction(
  () => /10,000/.test(document.querySelector('#publications')?.textContent ?? ''),
  undefined,
  { polling: 100, timeout: 60_000 },
);
if (css) await page.addStyleTag({ content: css });
await page.getByRole('searchbox').click();
await page.waitForTimeout(1_000);
await page.evaluate(() => {
  const seen: unknown[] = [];
  (window as unknown as { seen: unknown[] }).seen = seen;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as PerformanceEventTiming[])
      seen.push({
        name: e.name,
        start: e.startTime,
        duration: e.duration,
        delay: e.processingStart - e.startTime,
        processing: e.processingEnd - e.processingStart,
      });
  }).observe({ type: 'event', durationThreshold: 16, buffered: false } as PerformanceObserverInit);
});

/** --no-profile: the figures without the sampler's own cost (samples stack walks every 200 µs). */
const profiling = !process.argv.includes('--no-profile');
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
const events = await recordTrace(
  cdp,
  ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing'],
  async () => {
    if (profiling) await cdp.send('Profiler.start');
    await page.keyboard.type(query, { delay: 120 });
    await page.waitForTimeout(2_500);
  },
);
const { profile } = profiling
  ? await cdp.send('Profiler.stop')
  : { profile: { nodes: [], startTime: 0, endTime: 0, samples: [], timeDeltas: [] } };
const seen = (await page.evaluate(() => (window as unknown as { seen: unknown[] }).seen)) as Array<{
  name: string;
  start: number;
  duration: number;
  delay: number;
  processing: number;
}>;
const firstKey = seen.find((e) => e.name === 'keydown')?.start ?? 0;
console.log(
  'slowest events (ms after first keydown: name duration = delay + processing + to paint)',
);
for (const e of [...seen].sort((a, b) => b.duration - a.duration).slice(0, 12))
  console.log(
    `  ${(e.start - firstKey).toFixed(0).padStart(5)} ${e.name.padEnd(8)} ${e.duration.toFixed(0)} = ${e.delay.toFixed(0)} + ${e.processing.toFixed(0)} + ${(e.duration - e.delay - e.processing).toFixed(0)}`,
  );

const main = rendererMainThread(events);
const onMain = threadEvents(events, main);
const tasks = outermostTasks(onMain);
const keyDowns = onMain
  .filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown')
  .map((e) => e.ts);
const start = keyDowns[0] ?? tasks[0]?.ts ?? 0;

// Profile samples: which function ran at each sample time (self), to attribute within a task.
const nodeById = new Map(profile.nodes.map((n) => [n.id, n]));
const sampleTimes: number[] = [];
let t = profile.startTime;
for (const delta of profile.timeDeltas ?? []) sampleTimes.push((t += delta));
const functionName = (id: number) => {
  const frame = nodeById.get(id)?.callFrame;
  if (!frame) return '?';
  const file = frame.url.replace(/^.*\//, '');
  return `${frame.functionName || '(anon)'} ${file}:${frame.lineNumber}:${frame.columnNumber}`;
};
// The trace's clock and the profile's are the same monotonic clock (µs).

const describe = (e: TraceEvent) => {
  const data = e.args?.data ?? e.args?.beginData ?? {};
  const type = typeof data.type === 'string' ? ` ${data.type}` : '';
  // A call into the page's script: which function (the scheduler, an event listener, a message).
  const called =
    e.name === 'FunctionCall' && typeof data.functionName === 'string'
      ? ` ${data.functionName || '(anon)'}@${String(data.url ?? '').replace(/^.*\//, '')}:${String(data.lineNumber ?? '')}`
      : '';
  return `${e.name}${type}${called}`;
};
const detail = (e: TraceEvent) => {
  const b = e.args?.beginData ?? {};
  const d = (e.args as Record<string, unknown> | undefined) ?? {};
  return `${e.name}(${((e.dur ?? 0) / 1000).toFixed(0)}ms ${JSON.stringify(e.name === 'Layout' ? { dirty: b.dirtyObjects, total: b.totalObjects, partial: b.partialLayout } : d).slice(0, 120)})`;
};
const [fromKey, toKey] = option('--timeline', '').split('-').map(Number);
if (fromKey !== undefined && toKey !== undefined && !Number.isNaN(fromKey)) {
  const from = keyDowns[fromKey - 1] ?? 0;
  const to = keyDowns[toKey - 1] ?? Infinity;
  for (const task of tasks.filter((t) => t.ts >= from && t.ts < to && (t.dur ?? 0) > 3000)) {
    const end = task.ts + (task.dur ?? 0);
    const inside = onMain.filter((e) => e.ts >= task.ts && e.ts < end && e !== task);
    const self = [...selfTimes(inside, describe)]
      .filter(([, v]) => v > 1000)
      .sort((a, b) => b[1] - a[1]);
    const keyIn = keyDowns.some((k) => k >= task.ts && k < end) ? ' [key]' : '';
    console.log(
      `  ${((task.ts - start) / 1000).toFixed(0).padStart(5)} +${((task.dur ?? 0) / 1000).toFixed(0).padStart(3)}${keyIn}  ${self
        .slice(0, 7)
        .map(([k, v]) => `${k} ${(v / 1000).toFixed(0)}`)
        .join(' · ')}`,
    );
    const heavy = inside.filter(
      (e) => ['Layout', 'UpdateLayoutTree'].includes(e.name) && (e.dur ?? 0) > 8000,
    );
    if (heavy.length) console.log(`         ${heavy.map(detail).join(' ')}`);
  }
}
console.log(`typing "${query}" at ${slowdown}x: tasks over ${long} ms (ms after the first key)`);
let total = 0;
for (const task of tasks) {
  const ms = (task.dur ?? 0) / 1000;
  if (ms < long) continue;
  total += ms - 50 > 0 ? ms - 50 : 0;
  const end = task.ts + (task.dur ?? 0);
  const key = keyDowns.filter((k) => k <= task.ts).length;
  const inside = onMain.filter((e) => e.ts >= task.ts && e.ts < end && e !== task);
  const self = [...selfTimes(inside, describe)]
    .filter(([, v]) => v > 2000)
    .sort((a, b) => b[1] - a[1]);
  const fns = new Map<string, number>();
  profile.samples?.forEach((id, i) => {
    const at = sampleTimes[i] ?? 0;
    if (at >= task.ts && at < end) fns.set(functionName(id), (fns.get(functionName(id)) ?? 0) + 1);
  });
  const topFns = [...fns].sort((a, b) => b[1] - a[1]).slice(0, 6);
  const sampled = [...fns.values()].reduce((a, b) => a + b, 0);
  console.log(
    `\n${((task.ts - start) / 1000).toFixed(0).padStart(5)} ms  ${ms.toFixed(0).padStart(4)} ms  after key ${key}`,
  );
  console.log(
    `   ${self
      .slice(0, 8)
      .map(([k, v]) => `${k} ${(v / 1000).toFixed(0)}`)
      .join(' · ')}`,
  );
  console.log(
    `   ${inside
      .filter(
        (e) => ['Layout', 'UpdateLayoutTree', 'Paint'].includes(e.name) && (e.dur ?? 0) > 3000,
      )
      .map(detail)
      .join(' ')}`,
  );
  console.log(
    `   js: ${topFns.map(([k, v]) => `${k} ${((v / sampled) * 100).toFixed(0)}%`).join(' · ')}`,
  );
}
const typingTasks = tasks.filter((task) => task.ts >= start);
const all = onMain.filter(
  (e) => e.ts >= start && e.name !== 'RunTask' && e.name !== 'ThreadControllerImpl::RunTask',
);
// CPU time (tdur) is steadier than wall time on a shared machine; unthrottled (--slowdown 1) it is
// the page's own work.
const cpu = (e: TraceEvent) => e.tdur ?? e.dur ?? 0;
const selfAll = [...selfTimes(all, describe, cpu)].sort((a, b) => b[1] - a[1]).slice(0, 14);
console.log(
  `\nwhole typing, CPU: ${(typingTasks.reduce((a, t) => a + cpu(t), 0) / 1000) | 0} ms in tasks; ${selfAll.map(([k, v]) => `${k} ${(v / 1000).toFixed(0)}`).join(' · ')}`,
);
const fnAll = new Map<string, number>();
profile.samples?.forEach((id, i) => {
  if ((sampleTimes[i] ?? 0) >= start)
    fnAll.set(functionName(id), (fnAll.get(functionName(id)) ?? 0) + 1);
});
const sampledAll = [...fnAll.values()].reduce((a, b) => a + b, 0);
for (const [k, v] of [...fnAll].sort((a, b) => b[1] - a[1]).slice(0, 25))
  console.log(`   ${((v / sampledAll) * 100).toFixed(1).padStart(5)}%  ${k}`);
const parentOf = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
const inclusive = new Map<string, number>();
profile.samples?.forEach((id, i) => {
  if ((sampleTimes[i] ?? 0) < start) return;
  const names = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at))
    names.add(functionName(at));
  for (const n of names) inclusive.set(n, (inclusive.get(n) ?? 0) + 1);
});
console.log('inclusive:');
for (const [k, v] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 60))
  console.log(`   ${((v / sampledAll) * 100).toFixed(1).padStart(5)}%  ${k}`);
console.log(`\nblocking (sum over 50 ms): ${total.toFixed(0)} ms over ${keyDowns.length} keys`);
await browser.close();
await site.close();
