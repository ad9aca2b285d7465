import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EMPTY_CRITERIA } from '#src/search/criteria.ts';
import { renderFilterPanel, testPaper } from '#tests/setup/render-filter-panel.tsx';
import { nextYearChoice } from './year-chart.tsx';

const papers = [
  testPaper('a', 2022, ['Ji Lin']),
  testPaper('b', 2020, ['Ji Lin']),
  testPaper('c', 2020, ['Zhijian Liu']),
  testPaper('d', 2019, ['Ji Lin']),
  testPaper('e', 2019, ['Zhijian Liu']),
  testPaper('f', 2019, ['Ji Lin']),
];

const chart = () => screen.getByRole('group', { name: 'Papers per year' });
const bar = (name: string | RegExp) => within(chart()).getByRole('button', { name });
const pressed = () =>
  within(chart())
    .queryAllByRole('button', { pressed: true })
    .map((b) => b.getAttribute('aria-label'));

describe('nextYearChoice', () => {
  it('chooses a year, then a range with a second, then starts again', () => {
    expect(nextYearChoice(null, 2019)).toEqual({ from: 2019, to: 2019 });
    expect(nextYearChoice({ from: 2019, to: 2019 }, 2022)).toEqual({ from: 2019, to: 2022 });
    expect(nextYearChoice({ from: 2019, to: 2019 }, 2015)).toEqual({ from: 2015, to: 2019 });
    expect(nextYearChoice({ from: 2019, to: 2019 }, 2019)).toBeNull();
    expect(nextYearChoice({ from: 2019, to: 2022 }, 2020)).toEqual({ from: 2020, to: 2020 });
  });
});

describe('the papers-per-year chart', () => {
  it('has a bar per year, oldest first, each named by its year and count', () => {
    renderFilterPanel(papers);
    expect(
      within(chart())
        .getAllByRole('button')
        .map((b) => b.getAttribute('aria-label')),
      // The years of the papers (none in 2021).
    ).toEqual(['2019: 3 papers', '2020: 2 papers', '2022: 1 paper']);
    expect(pressed()).toEqual([]);
  });

  it('chooses a year, then a range with a second bar, each a history entry', async () => {
    const { user, history } = renderFilterPanel(papers);
    await user.click(bar('2019: 3 papers'));
    expect(history).toEqual([{ search: '?year=2019', mode: 'push' }]);
    expect(pressed()).toEqual(['2019: 3 papers']);
    expect(screen.getByRole('combobox', { name: 'From' })).toHaveValue('2019');
    await user.click(bar('2022: 1 paper'));
    expect(history.at(-1)).toEqual({ search: '?year=2019-2022', mode: 'push' });
    expect(pressed()).toEqual(['2019: 3 papers', '2020: 2 papers', '2022: 1 paper']);
    expect(screen.getByRole('combobox', { name: 'To' })).toHaveValue('2022');
  });

  it('counts under the other filters, and follows a choice made in the lists', async () => {
    const { user } = renderFilterPanel(papers, {
      start: { ...EMPTY_CRITERIA, authors: ['zhijian-liu'] },
    });
    expect(bar('2019: 1 paper')).toBeInTheDocument();
    expect(bar('2022: 0 papers')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'From' }), '2020');
    await waitFor(() => expect(pressed()).toEqual(['2020: 1 paper', '2022: 0 papers']));
  });

  it('moves between bars with the arrow keys, one Tab stop for the chart', async () => {
    const { user } = renderFilterPanel(papers);
    const newest = bar(/^2022/);
    expect(newest).toHaveAttribute('tabindex', '0');
    expect(bar(/^2019/)).toHaveAttribute('tabindex', '-1');
    newest.focus();
    await user.keyboard('{ArrowLeft}');
    expect(bar(/^2020/)).toHaveFocus();
    await user.keyboard('{Home}');
    expect(bar(/^2019/)).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(pressed()).toEqual(['2019: 3 papers']);
  });

  it('chooses a range by dragging across bars with a mouse', async () => {
    const { user, history } = renderFilterPanel(papers);
    await user.pointer([
      { keys: '[MouseLeft>]', target: bar(/^2019/) },
      { target: bar(/^2020/) },
      { target: bar(/^2022/) },
      { keys: '[/MouseLeft]' },
    ]);
    expect(history).toEqual([{ search: '?year=2019-2022', mode: 'push' }]);
    expect(pressed()).toHaveLength(3);
  });
});
