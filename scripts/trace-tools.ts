/**
 * What the tracing and profiling scripts share (trace-load, trace-compare, profile-load, lh-tasks,
 * lighthouse): their command line, the trace's events, how a task's time splits into self times,
 * and the browsers they drive.
 */
import * as chromeLauncher from 'chrome-launcher';
import { chromium, type Browser, type CDPSession } from '@playwright/test';

/** An event of a Chromium trace (the fields these scripts read). */
export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: { name?: string; data?: Record<string, unknown>; beginData?: Record<string, unknown> };
}

/** The thread_name event of the page's renderer main thread (the one that parsed HTML). */
export function rendererMainThread(events: readonly TraceEvent[]): TraceEvent {
  const main = events.find(
    (e) =>
      e.name === 'thread_name' &&
      e.args?.name === 'CrRendererMain' &&
      events.some((x) => x.pid === e.pid && x.name === 'ParseHTML'),
  );
  if (!main) throw new Error('no renderer main thread in the trace');
  return main;
}

/** The complete events of one thread, by start (the longer first where two start together). */
export function threadEvents(events: readonly TraceEvent[], thread: TraceEvent): TraceEvent[] {
  return events
    .filter(
      (e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && e.dur !== undefined,
    )
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
}

/** A thread's tasks, from its events as `threadEvents` orders them: only the outermost, since a
 * task can run another inside it (which would otherwise count twice). */
export function outermostTasks(thread: readonly TraceEvent[]): TraceEvent[] {
  const tasks: TraceEvent[] = [];
  let end = -1;
  for (const e of thread) {
    if (e.name !== 'ThreadControllerImpl::RunTask' && e.name !== 'RunTask') continue;
    if (e.ts >= end) {
      tasks.push(e);
      end = e.ts + (e.dur ?? 0);
    }
  }
  return tasks;
}

/** The value after `--name` on the command line, or the fallback. */
export function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(name);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}

/** The first argument that is neither an option nor after one (a build folder), or the fallback. */
export function firstArgument(fallback: string): string {
  return (
    process.argv
      .slice(2)
      .filter((a, i, all) => !a.startsWith('--') && !all[i - 1]?.startsWith('--'))[0] ?? fallback
  );
}

/**
 * Self time: each event's time minus that of the events directly inside it, by `describe`'s key.
 * `inside` must be ordered by start, as a trace's events of one thread are.
 */
export function selfTimes(
  inside: readonly TraceEvent[],
  describe: (event: TraceEvent) => string,
  time: (event: TraceEvent) => number = (event) => event.dur ?? 0,
): Map<string, number> {
  const self = new Map<string, number>();
  const stack: TraceEvent[] = [];
  for (const event of inside) {
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (top && event.ts >= top.ts + (top.dur ?? 0)) stack.pop();
      else break;
    }
    const parent = stack[stack.length - 1];
    const key = describe(event);
    self.set(key, (self.get(key) ?? 0) + time(event));
    if (parent) {
      const parentKey = describe(parent);
      self.set(parentKey, (self.get(parentKey) ?? 0) - time(event));
    }
    stack.push(event);
  }
  return self;
}

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Quiet: nothing of the browser's own (updates, sync, background requests) in the figures. */
const QUIET_FLAGS = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Debian's Chromium through Playwright, for traces. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: QUIET_FLAGS });
}

/** Debian's Chromium for Lighthouse (headless, through chrome-launcher). */
export function launchChromeForLighthouse() {
  return chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', '--no-sandbox', ...QUIET_FLAGS],
  });
}

/** A phone's page (375×812 at 2x, touch; no service worker) with its CPU slowed `slowdown` times. */
export async function openThrottledPhonePage(browser: Browser, slowdown: number) {
  const context = await browser.newContext({
    viewport: { width: 375, height: 812 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  return { context, page, cdp };
}

/** The trace of what `run` makes the page do, in these categories. */
export async function recordTrace(
  cdp: CDPSession,
  categories: readonly string[],
  run: () => Promise<void>,
): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) =>
    events.push(...(value as unknown as TraceEvent[])),
  );
  const done = new Promise<void>((resolveDone) =>
    cdp.once('Tracing.tracingComplete', () => resolveDone()),
  );
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: [...categories] },
  });
  await run();
  await cdp.send('Tracing.end');
  await done;
  return events;
}
