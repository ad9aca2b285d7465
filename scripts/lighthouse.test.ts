import { describe, expect, it } from 'vitest';
import { parseOptions, verdict } from './lighthouse.ts';

const run = (
  overrides: Partial<{ tbt: number; cls: number; lcp: number; a11y: number; perf: number }> = {},
) => ({
  scores: {
    performance: overrides.perf ?? 1,
    accessibility: overrides.a11y ?? 1,
    'best-practices': 1,
    seo: 1,
  },
  lcp: overrides.lcp ?? 1000,
  cls: overrides.cls ?? 0,
  tbt: overrides.tbt ?? 0,
  fcp: 800,
});
const plain = [run(), run(), run()];

describe('lighthouse verdict', () => {
  it('passes a slow hour in the test command: timings are reported, not failed', () => {
    const slow = [run({ tbt: 450, perf: 0.86, lcp: 1400 }), run({ tbt: 300 }), run({ tbt: 500 })];
    const { failures, missed } = verdict(slow, plain, false);
    expect(failures).toEqual([]);
    expect(missed.join(' ')).toMatch(/TBT median 450 ms/);
    expect(missed.join(' ')).toMatch(/TBT 500 ms in a run/);
  });

  it('fails the same runs in strict mode', () => {
    const slow = [run({ tbt: 450 }), run({ tbt: 30 }), run({ tbt: 40 })];
    expect(verdict(slow, plain, true).failures).toEqual([
      'TBT 450 ms in a run (target at most 100)',
    ]);
    expect(verdict([run({ lcp: 1200 }), run({ lcp: 1200 }), run()], plain, true).failures).toEqual([
      'LCP 1.20x the plain page (target at most 1.1x)',
    ]);
  });

  it('fails what does not depend on speed in every mode: accessibility below 1, any layout shift', () => {
    const broken = [run(), run({ a11y: 0.96 }), run({ cls: 0.02 })];
    expect(verdict(broken, plain, false).failures).toEqual([
      'accessibility 0.96 < 1.00 in a run',
      'CLS 0.020 > 0 in a run',
    ]);
  });

  it('reads its options', () => {
    expect(parseOptions(['--strict'])).toMatchObject({ strict: true, runs: 5 });
    expect(parseOptions([])).toMatchObject({ strict: false, runs: 3 });
    expect(parseOptions(['--runs', '2', 'out'])).toMatchObject({ runs: 2 });
    expect(parseOptions(['--runs', '2', 'out']).dist).toMatch(/out$/);
  });
});
