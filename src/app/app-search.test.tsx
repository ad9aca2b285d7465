import { screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { jsonResponse, readDataText, server } from '#tests/setup/msw-server.ts';
import { renderApp } from '#tests/setup/render-app.tsx';
import { loaded, paperTitles, section } from '#tests/setup/song-han-page.ts';

// The whole app in jsdom, slow on a busy 2-core machine.
describe('searching and filtering the page', { timeout: 90_000 }, () => {
  it('finds HAQ despite a typo, highlights the word, and counts matches per section', async () => {
    const { user } = renderApp();
    await loaded();
    await user.type(screen.getByRole('searchbox'), 'quantizaton');
    // Until the search answers, the whole list is shown (HAQ included): wait for the answer.
    await waitFor(() => {
      expect(paperTitles()).toContain('paper-haq');
      expect(paperTitles()).not.toContain('paper-pvcnn');
    });
    const haq = screen.getByRole('article', { name: /HAQ: Hardware-Aware/ });
    expect(within(haq).getAllByText('Quantization')[0]?.tagName).toBe('MARK');
    const summary = within(screen.getByRole('search'));
    expect(
      summary.getByRole('link', { name: `Publications ${paperTitles().length}` }),
    ).toHaveAttribute('href', '#publications');
    expect(window.location.search).toBe('?q=quantizaton');
  });
  it('matches every word of a query in any order', async () => {
    const { user } = renderApp();
    await loaded();
    await user.type(screen.getByRole('searchbox'), 'nas proxyless');
    await waitFor(() => expect(paperTitles()).toEqual(['paper-proxylessnas']));
  });
  it('lists the paper a query names first, then the weaker matches', async () => {
    renderApp('/?q=deep+compression');
    await loaded('some');
    // Before the answer the whole list shows, newest first: this waits for the answer.
    await waitFor(() => expect(paperTitles()[0]).toBe('paper-deep-compression'));
    expect(paperTitles().slice(1).sort()).toEqual([
      'paper-design-automation',
      'paper-eie',
      'paper-mobile-dl-survey',
    ]);
  });
  it('lists the matches by year when the address asks for it', async () => {
    renderApp('/?q=deep+compression&sort=newest');
    await loaded('some');
    await waitFor(() =>
      expect(paperTitles()).toEqual([
        'paper-mobile-dl-survey',
        'paper-design-automation',
        // Within a year, the better match first.
        'paper-deep-compression',
        'paper-eie',
      ]),
    );
  });
  it('updates the URL while typing without adding history entries', async () => {
    const { user } = renderApp();
    await loaded();
    const before = window.history.length;
    await user.type(screen.getByRole('searchbox'), 'tiny');
    expect(window.location.search).toBe('?q=tiny');
    expect(window.history.length).toBe(before);
  });
  it('says when nothing matches, names the query and clears search and filters', async () => {
    const { user } = renderApp('/?topic=quantum-ml');
    await loaded('some');
    await user.type(screen.getByRole('searchbox'), 'xylophone');
    const publications = section('Publications');
    expect(
      await within(publications).findByText(
        'No publications match “xylophone” with these filters.',
      ),
    ).toBeInTheDocument();
    // Said beside the search box, and announced once the search has settled.
    const search = within(screen.getByRole('search'));
    expect(search.getByText(/Nothing matches “xylophone”/, { selector: 'span' })).toBeVisible();
    await waitFor(() =>
      expect(search.getByRole('status')).toHaveTextContent('Nothing matches “xylophone”.'),
    );
    await user.click(
      within(publications).getByRole('button', { name: 'Clear search and filters' }),
    );
    expect(window.location.search).toBe('');
    expect(screen.getByRole('searchbox')).toHaveValue('');
    await waitFor(() => expect(paperTitles()).toHaveLength(47));
  });
  it('focuses the search box on "/" and clears it on Escape', async () => {
    const { user } = renderApp('/?q=haq');
    await loaded('some');
    await user.keyboard('/');
    const box = screen.getByRole('searchbox');
    expect(box).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(box).toHaveValue('');
    expect(window.location.search).toBe('');
  });
  it('combines year, topic and search filters, shows counts, and adds a history entry per filter', async () => {
    const { user } = renderApp();
    await loaded();
    const publications = section('Publications');
    const before = window.history.length;
    await user.selectOptions(within(publications).getByLabelText('From'), '2019');
    await user.selectOptions(within(publications).getByLabelText('To'), '2019');
    expect(window.location.search).toBe('?year=2019');
    expect(window.history.length).toBe(before + 2);
    const pointCloud = within(publications).getByRole('checkbox', {
      name: /Point Cloud \(1 paper\)/,
    });
    await user.click(pointCloud);
    expect(window.location.search).toBe('?year=2019&topic=point-cloud');
    await waitFor(() => expect(paperTitles()).toEqual(['paper-pvcnn']));
    expect(within(publications).getByText('1 of 47 papers')).toBeInTheDocument();
    await user.click(within(publications).getByRole('button', { name: 'Clear all filters (2)' }));
    expect(window.location.search).toBe('');
    await waitFor(() => expect(paperTitles()).toHaveLength(47));
  });
  it('opens a shared link in exactly that view', async () => {
    renderApp('/?q=quantizaton&year=2019&type=conference');
    await loaded('some');
    await waitFor(() =>
      expect(paperTitles().sort()).toEqual(['paper-defensive-quantization', 'paper-haq']),
    );
    expect(screen.getByRole('searchbox')).toHaveValue('quantizaton');
    expect(
      within(section('Publications')).getByRole('checkbox', { name: /Conference/ }),
    ).toBeChecked();
  });
  it('ignores malformed and unknown parameters', async () => {
    renderApp('/?year=abc&topic=%3Cscript%3E,unknown-topic&venue=nowhere&foo=1');
    await loaded();
    expect(paperTitles()).toHaveLength(47);
  });
  it('goes back to the previous view with the browser Back button', async () => {
    const { user } = renderApp();
    await loaded();
    const publications = section('Publications');
    await user.click(within(publications).getByRole('checkbox', { name: /^TinyML/ }));
    await waitFor(() => expect(paperTitles().length).toBeLessThan(47));
    window.history.back();
    await waitFor(() => expect(window.location.search).toBe(''));
    await waitFor(() => expect(paperTitles()).toHaveLength(47));
    expect(within(publications).getByRole('checkbox', { name: /^TinyML/ })).not.toBeChecked();
  });
  it('finds a paper by a word of its abstract and marks the word once the abstract is opened', async () => {
    const data = JSON.parse(readDataText('publications.json')) as {
      papers: Array<Record<string, unknown>>;
    };
    const haq = data.papers.find((paper) => paper.id === 'haq');
    if (!haq) throw new Error('the data has no HAQ paper');
    haq.abstract = 'A policy learned with reinforcement signals from a hardware simulator.';
    server.use(http.get('*/data/publications.json', () => jsonResponse(JSON.stringify(data))));
    const { user } = renderApp();
    await loaded();
    await user.type(screen.getByRole('searchbox'), 'simulator');
    await waitFor(() => expect(paperTitles()).toEqual(['paper-haq']));
    const article = screen.getByRole('article', { name: /HAQ: Hardware-Aware/ });
    // Closed, the abstract is there as text (for find-in-page) without marks.
    expect(within(article).queryByText('simulator', { selector: 'mark' })).toBeNull();
    await user.click(within(article).getByText('Abstract'));
    expect(await within(article).findByText('simulator', { selector: 'mark' })).toBeVisible();
  });
});
