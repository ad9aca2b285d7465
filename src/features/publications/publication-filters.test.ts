import { describe, expect, it } from 'vitest';
import { EMPTY_CRITERIA } from '#src/search/criteria.ts';
import { withPanelChanges } from './publication-filters.tsx';

const YEARS = [2023, 2020, 2018, 2015].map((year) => ({ year, count: 1 }));

function controls(html: string) {
  const host = document.createElement('div');
  host.innerHTML = html;
  return [...host.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')];
}

describe('withPanelChanges', () => {
  it('ticks and unticks what the visitor did, keeping the other filters', () => {
    const [ticked, unticked] = controls(
      '<input type="checkbox" name="topics" value="quantization" checked>' +
        '<input type="checkbox" name="venues" value="cvpr">',
    );
    if (!ticked || !unticked) throw new Error('two boxes expected');
    const before = { ...EMPTY_CRITERIA, venues: ['cvpr', 'iclr'], paper: 'haq' };
    expect(withPanelChanges(before, [ticked, unticked], YEARS)).toEqual({
      ...EMPTY_CRITERIA,
      topics: ['quantization'],
      venues: ['iclr'],
    });
  });

  it('takes a year picked at one end, the other end open', () => {
    const [from] = controls(
      '<select name="from"><option value="">Any year</option><option value="2018">2018</option></select>',
    );
    if (!(from instanceof HTMLSelectElement)) throw new Error('a list expected');
    from.value = '2018';
    expect(withPanelChanges(EMPTY_CRITERIA, [from], YEARS).year).toEqual({ from: 2018, to: 2023 });
    const [to] = controls(
      '<select name="to"><option value="">Any year</option><option value="2015">2015</option></select>',
    );
    if (!(to instanceof HTMLSelectElement)) throw new Error('a list expected');
    to.value = '2015';
    expect(withPanelChanges(EMPTY_CRITERIA, [from, to], YEARS).year).toEqual({
      from: 2015,
      to: 2018,
    });
  });
});
