/**
 * The figures trace-compare.ts reads from one trace of a page load: first paint, the app ready,
 * long tasks and blocking time after the paint, and main-thread work by kind.
 */
import { outermostTasks, selfTimes, threadEvents, type TraceEvent } from './trace-tools.ts';

/** A long task: over 50 ms, as Lighthouse and the Long Tasks API count. */
const LONG = 50;

/** How long after the app is ready the trace still watches (late work counts). */
export const SETTLE_MS = 2_000;

/** An event's name, with the file it ran where it says. */
function nameAndFile(e: TraceEvent): string {
  const data = e.args?.data ?? e.args?.beginData ?? {};
  const url = typeof data.url === 'string' ? ` ${data.url.replace(/^.*\//, '')}` : '';
  return `${e.name}${url}`;
}

/** What kind of work an event is, for the per-kind totals. */
function kind(name: string): string | undefined {
  if (name === 'ParseHTML') return 'parse';
  if (name === 'Layout') return 'layout';
  if (name === 'UpdateLayoutTree' || name === 'RecalculateStyles') return 'style';
  if (['Paint', 'PrePaint', 'Layerize', 'Commit', 'UpdateLayer'].includes(name)) return 'paint';
  if (['v8.evaluateModule', 'EvaluateScript', 'v8.compile', 'v8.compileModule'].includes(name))
    return 'evaluate';
  if (
    [
      'FunctionCall',
      'RunMicrotasks',
      'v8.callFunction',
      'TimerFire',
      'FireAnimationFrame',
    ].includes(name)
  )
    return 'run';
  if (name.startsWith('V8.GC') || name === 'MajorGC' || name === 'MinorGC') return 'gc';
  return undefined;
}

export interface RunFigures {
  fcp: number;
  ready: number;
  /** The longest task (CPU ms) from navigation until settled; and after the first paint. */
  longest: number;
  longestAfterPaint: number;
  /** The sum of each task's CPU time over 50 ms, after the first paint (a TBT at 4x). */
  blocking: number;
  /** The same from wall times (as Lighthouse counts, its 4x being a multiplication): with a busy
   * machine's waits in it. */
  wallBlocking: number;
  over50: number;
  kinds: Record<string, number>;
  top: string[];
}

export function analyse(events: readonly TraceEvent[], plain: boolean, scale = 1): RunFigures {
  // The site's own navigation (the blank page the tab opened with navigates too).
  const navigation = events.find(
    (e) =>
      e.name === 'navigationStart' &&
      String(e.args?.data?.documentLoaderURL ?? '').startsWith('http'),
  );
  const main = events.find(
    (e) =>
      e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === navigation?.pid,
  );
  if (!navigation || !main) throw new Error('no navigation to the site in the trace');
  const thread = threadEvents(events, main);
  const nav = navigation.ts;
  const fcp =
    events.find((e) => e.name === 'firstContentfulPaint' && e.pid === main.pid && e.ts >= nav)
      ?.ts ?? nav;
  const readyMark = events.find((e) => e.name === 'app-ready')?.ts;
  const load = events.find((e) => e.name === 'MarkLoad' || e.name === 'loadEventEnd')?.ts;
  const ready = (plain ? load : readyMark) ?? thread[thread.length - 1]?.ts ?? nav;
  const until = ready + SETTLE_MS * 1000;
  const tasks = outermostTasks(thread);
  // CPU ms as at 4x: an unthrottled run's times are multiplied by 4 (as Lighthouse simulates).
  const cpu = (e: TraceEvent) => ((e.tdur ?? e.dur ?? 0) / 1000) * scale;
  const watched = tasks.filter((t) => t.ts >= nav && t.ts <= until);
  const kinds: Record<string, number> = {};
  // Self CPU time by kind over the whole load.
  const stack: TraceEvent[] = [];
  for (const e of thread) {
    if (e.ts < nav || e.ts > until) continue;
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as TraceEvent;
      if (e.ts >= top.ts + (top.dur ?? 0)) stack.pop();
      else break;
    }
    const k = kind(e.name);
    const parent = stack[stack.length - 1];
    if (k) kinds[k] = (kinds[k] ?? 0) + cpu(e);
    const pk = parent ? kind(parent.name) : undefined;
    if (parent && pk) kinds[pk] = (kinds[pk] ?? 0) - cpu(e);
    stack.push(e);
  }
  const describeTask = (t: TraceEvent) => {
    const inside = thread.filter(
      (e) => e !== t && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + (t.dur ?? 0),
    );
    const self = selfTimes(inside, nameAndFile, cpu);
    const parts = [...self.entries()]
      .filter(([, ms]) => ms >= 5)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([what, ms]) => `${what} ${ms.toFixed(0)}`);
    return `@${Math.round((t.ts - nav) / 1000)} ${cpu(t).toFixed(0)} ms (${parts.join(', ')})`;
  };
  const after = watched.filter((t) => t.ts >= fcp);
  const longest = Math.max(0, ...watched.map(cpu));
  return {
    fcp: (fcp - nav) / 1000,
    ready: (ready - nav) / 1000,
    longest,
    longestAfterPaint: Math.max(0, ...after.map(cpu)),
    blocking: after.reduce((sum, t) => sum + Math.max(0, cpu(t) - LONG), 0),
    wallBlocking: after.reduce(
      (sum, t) => sum + Math.max(0, ((t.dur ?? 0) / 1000) * scale - LONG),
      0,
    ),
    over50: watched.filter((t) => cpu(t) > LONG).length,
    kinds,
    top: [...watched]
      .filter((t) => cpu(t) > LONG)
      .sort((a, b) => cpu(b) - cpu(a))
      .slice(0, 4)
      .map(describeTask),
  };
}
