import { describe, expect, it } from 'vitest';
import { changedBeforeTakeover } from './use-changes-before-takeover.ts';

/** Controls as the prerendered HTML writes them: their defaults are what the page said. */
function render(html: string) {
  const host = document.createElement('div');
  host.innerHTML = html;
  return host;
}

describe('changedBeforeTakeover', () => {
  it('tells a box the visitor ticked or unticked from one left as the page had it', () => {
    const host = render(
      '<input type="checkbox" name="a"><input type="checkbox" name="b" checked><input type="checkbox" name="c">',
    );
    const [a, b, c] = [...host.querySelectorAll('input')];
    if (!a || !b || !c) throw new Error('three boxes expected');
    a.checked = true;
    b.checked = false;
    expect([a, b, c].map(changedBeforeTakeover)).toEqual([true, true, false]);
  });

  it('tells a choice the visitor made in a list from the one the page had selected', () => {
    const host = render(
      '<select name="from"><option value="" selected>Any year</option><option value="2019">2019</option></select>' +
        '<select name="to"><option value="">Any year</option><option value="2020" selected>2020</option></select>',
    );
    const [from, to] = [...host.querySelectorAll('select')];
    if (!from || !to) throw new Error('two lists expected');
    expect([from, to].map(changedBeforeTakeover)).toEqual([false, false]);
    from.value = '2019';
    to.value = '';
    expect([from, to].map(changedBeforeTakeover)).toEqual([true, true]);
  });

  it('finds nothing changed in a list the app created itself (no choice marked in HTML)', () => {
    const [list] = render(
      '<select name="year"><option value="">All years</option><option value="2019">2019</option></select>',
    ).querySelectorAll('select');
    if (!list) throw new Error('a list expected');
    // What React does for <select value="2019"> it renders itself: selected, not marked default.
    list.value = '2019';
    expect(changedBeforeTakeover(list)).toBe(false);
  });

  it('tells text typed into a box from the text the page had in it', () => {
    const host = render(
      '<input type="search" name="q"><input type="search" name="r" value="tiny">',
    );
    const [q, r] = [...host.querySelectorAll('input')];
    if (!q || !r) throw new Error('two boxes expected');
    expect([q, r].map(changedBeforeTakeover)).toEqual([false, false]);
    q.value = 'quantization';
    expect([q, r].map(changedBeforeTakeover)).toEqual([true, false]);
  });
});
