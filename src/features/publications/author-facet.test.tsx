import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EMPTY_CRITERIA } from '#src/search/criteria.ts';
import { renderFilterPanel, testPaper } from '#tests/setup/render-filter-panel.tsx';
import { AUTHORS_SHOWN } from './author-facet.tsx';

const OWNER = ['Ada Owner'];
/** Ji Lin on four papers, Zhijian Liu on two, twelve people on one each, the owner on all. */
const papers = [
  testPaper('a', 2022, ['Ji Lin', 'Ada Owner', 'Zhijian Liu', 'Person 1', 'Person 2']),
  testPaper('b', 2021, ['Ji Lin', 'Ada Owner', 'José García', 'Person 3', 'Person 4']),
  testPaper('c', 2020, ['Zhijian Liu', 'Ji Lin', 'Ada Owner', 'Person 5', 'Person 6']),
  testPaper('d', 2019, ['Ji Lin', 'Ada Owner', 'Person 7', 'Person 8', 'Person 9']),
  testPaper('e', 2018, ['Ada Owner', 'Person 10', 'Person 11', 'Person 12']),
];

const authorsGroup = () => screen.getByRole('group', { name: 'Authors' });
const listed = () =>
  within(authorsGroup())
    .getAllByRole('checkbox')
    .map((box) => box.getAttribute('value'));

describe('the Authors filter', () => {
  it('lists the most frequent co-authors with how many papers each would leave, not the owner', () => {
    renderFilterPanel(papers, { ownerNames: OWNER });
    expect(
      within(authorsGroup()).getByRole('checkbox', { name: 'Ji Lin (4 papers)' }),
    ).toBeInTheDocument();
    expect(
      within(authorsGroup()).getByRole('checkbox', { name: 'Zhijian Liu (2 papers)' }),
    ).toBeInTheDocument();
    expect(within(authorsGroup()).getAllByRole('checkbox')).toHaveLength(AUTHORS_SHOWN);
    expect(within(authorsGroup()).queryByRole('checkbox', { name: /Ada Owner/ })).toBeNull();
    expect(
      within(authorsGroup()).getByText('The 10 most frequent of 15 co-authors.'),
    ).toBeVisible();
  });

  it('narrows to papers with all the chosen co-authors, each choice a history entry', async () => {
    const { user, history } = renderFilterPanel(papers, { ownerNames: OWNER });
    await user.click(within(authorsGroup()).getByRole('checkbox', { name: /^Ji Lin/ }));
    expect(history).toEqual([{ search: '?author=ji-lin', mode: 'push' }]);
    // With Ji Lin chosen, each other co-author counts the papers with both.
    await waitFor(() =>
      expect(
        within(authorsGroup()).getByRole('checkbox', { name: 'Zhijian Liu (2 papers)' }),
      ).toBeInTheDocument(),
    );
    expect(
      within(authorsGroup()).getByRole('checkbox', { name: 'José García (1 paper)' }),
    ).toBeInTheDocument();
    // Person 10 never wrote with Ji Lin: no longer among those listed.
    expect(within(authorsGroup()).queryByRole('checkbox', { name: /Person 10/ })).toBeNull();
    await user.click(within(authorsGroup()).getByRole('checkbox', { name: /^Zhijian Liu/ }));
    expect(history.at(-1)).toEqual({ search: '?author=ji-lin,zhijian-liu', mode: 'push' });
    await waitFor(() =>
      expect(
        within(authorsGroup()).getByRole('checkbox', { name: 'Ji Lin (2 papers)' }),
      ).toBeChecked(),
    );
  });

  it('finds any co-author by typing, and says how many match', async () => {
    const { user } = renderFilterPanel(papers, { ownerNames: OWNER });
    const box = within(authorsGroup()).getByRole('textbox', { name: 'Find a co-author' });
    await user.type(box, 'garc');
    await waitFor(() => expect(listed()).toEqual(['jose-garcia']));
    expect(
      within(authorsGroup()).getByRole('checkbox', { name: 'José García (1 paper)' }),
    ).toBeInTheDocument();
    expect(within(authorsGroup()).getByRole('status')).toHaveTextContent(
      '1 co-author matches “garc”.',
    );
    await user.clear(box);
    await user.type(box, 'person');
    await waitFor(() =>
      expect(within(authorsGroup()).getByRole('status')).toHaveTextContent(
        '12 co-authors match “person”; the 10 with the most papers are listed.',
      ),
    );
    await user.clear(box);
    await user.type(box, 'nobody');
    await waitFor(() =>
      expect(within(authorsGroup()).getByRole('status')).toHaveTextContent(
        'No co-author matches “nobody”.',
      ),
    );
    expect(within(authorsGroup()).queryAllByRole('checkbox')).toEqual([]);
  });

  it('always lists the chosen co-authors, first', async () => {
    const { user } = renderFilterPanel(papers, {
      ownerNames: OWNER,
      start: { ...EMPTY_CRITERIA, authors: ['person-12'] },
    });
    expect(listed()[0]).toBe('person-12');
    await user.type(
      within(authorsGroup()).getByRole('textbox', { name: 'Find a co-author' }),
      'zhij',
    );
    await waitFor(() =>
      expect(
        within(authorsGroup())
          .getAllByRole('checkbox')
          .map((box) => [box.getAttribute('value'), (box as HTMLInputElement).checked]),
      ).toEqual([
        ['person-12', true],
        ['zhijian-liu', false],
      ]),
    );
  });
});
