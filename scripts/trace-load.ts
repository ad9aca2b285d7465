/**
 * What the main thread does while the built page loads, from a Chromium trace (DevTools protocol,
 * CPU slowed 4x, a phone's screen): every task over 50 ms until the app has taken the page over and
 * settled, each with what ran inside it (script evaluation and by which file, parsing, style,
 * layout, garbage collection), by self time. The tool behind the long-task figures in the README.
 *
 *   npm run build && npx tsx scripts/trace-load.ts [--plain] [--slowdown 4] [--runs 1] [--path ./?q=x] [dist]
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { plainCopyOfBuild } from './lighthouse.ts';
import { copyOfBuild, serveFolder } from './static-server.ts';
import {
  firstArgument,
  launchChromium,
  openThrottledPhonePage,
  option,
  recordTrace,
  outermostTasks,
  rendererMainThread,
  selfTimes,
  threadEvents,
  type TraceEvent,
} from './trace-tools.ts';

const LONG_TASK_MS = 50;
const SETTLE_MS = 2_000;

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'v8',
  'blink.user_timing',
  'loading',
];

/** A readable name for what an event did, with the file for script work. */
function describe(event: TraceEvent): string {
  const data = event.args?.data ?? event.args?.beginData ?? {};
  const url = typeof data.url === 'string' ? data.url.replace(/^.*\//, '') : '';
  const fn = typeof data.functionName === 'string' ? data.functionName : '';
  if (
    [
      'EvaluateScript',
      'v8.evaluateModule',
      'FunctionCall',
      'v8.compileModule',
      'v8.compile',
    ].includes(event.name)
  )
    return `${event.name}${url ? ` ${url}` : ''}${fn ? ` ${fn}()` : ''}`;
  return event.name;
}

/** Each long task on the page's main thread, with the self time of what ran inside it. */
export function longTasks(events: readonly TraceEvent[], from: number, until: number) {
  const thread = threadEvents(events, rendererMainThread(events));
  const outermost = outermostTasks(thread);
  const long = outermost.filter(
    (t) => (t.dur ?? 0) / 1000 > LONG_TASK_MS && t.ts >= from && t.ts <= until,
  );
  return long.map((task) => {
    const end = task.ts + (task.dur ?? 0);
    const inside = thread.filter(
      (e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end,
    );
    const self = selfTimes(inside, describe);
    const covered = [...self.values()].reduce((a, b) => a + b, 0);
    self.set('(task, not traced further)', (task.dur ?? 0) - covered);
    return {
      start: task.ts,
      duration: (task.dur ?? 0) / 1000,
      parts: [...self.entries()]
        .map(([what, us]) => ({ what, ms: us / 1000 }))
        .filter((p) => p.ms >= 2)
        .sort((a, b) => b.ms - a.ms),
    };
  });
}

async function main() {
  const slowdown = Number(option('--slowdown', '4'));
  const runs = Number(option('--runs', '1'));
  const path = option('--path', './');
  const dist = firstArgument('dist');
  // --plain: the same page without its scripts, the fastest page the same text could be.
  const plain = process.argv.includes('--plain');
  const root = plain
    ? plainCopyOfBuild('trace-site', resolve(dist))
    : copyOfBuild('trace-site', resolve(dist));
  const server = await serveFolder(root, { gzip: true });
  const browser = await launchChromium();
  try {
    for (let run = 1; run <= runs; run++) {
      const { context, page, cdp } = await openThrottledPhonePage(browser, slowdown);
      const events = await recordTrace(cdp, CATEGORIES, async () => {
        await page.goto(new URL(path, server.url).href);
        // A page without the app (the plain copy Lighthouse compares with) is done at its load event.
        if (plain) await page.waitForLoadState('load');
        else
          await page
            .locator('html[data-app-ready="true"]')
            .waitFor({ state: 'attached', timeout: 120_000 });
        await page.waitForTimeout(SETTLE_MS);
      });
      writeFileSync(
        resolve('test-results', `trace-load-${run}.json`),
        JSON.stringify({ traceEvents: events }),
      );
      const navigation =
        events.find((e) => e.name === 'navigationStart' || e.name === 'NavigationStartToBegin')
          ?.ts ??
        events[0]?.ts ??
        0;
      const paint = events.find((e) => e.name === 'firstContentfulPaint')?.ts;
      const ready = events.find((e) => e.name === 'app-ready')?.ts;
      const tasks = longTasks(events, navigation, (ready ?? Infinity) + SETTLE_MS * 1000);
      const at = (ts: number | undefined) =>
        ts === undefined ? '?' : `${Math.round((ts - navigation) / 1000)} ms`;
      console.log(
        `run ${run}: CPU ${slowdown}x, first paint at ${at(paint)}, app ready at ${at(ready)}; ${tasks.length} tasks over ${LONG_TASK_MS} ms`,
      );
      for (const task of tasks) {
        console.log(`  task at ${at(task.start)}: ${task.duration.toFixed(0)} ms`);
        for (const part of task.parts.slice(0, 8))
          console.log(`    ${part.ms.toFixed(0).padStart(5)} ms  ${part.what}`);
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
