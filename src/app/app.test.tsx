import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { SONG_HAN_SECTIONS } from '#tests/fixtures/song-han-sections.ts';
import { jsonResponse, readDataText, server } from '#tests/setup/msw-server.ts';
import { renderApp } from '#tests/setup/render-app.tsx';

const section = (name: RegExp | string) => screen.getByRole('region', { name });
const paperTitles = () =>
  within(section('Publications'))
    .queryAllByRole('article')
    .map((a) => a.getAttribute('id'));

/**
 * Waits for the profile, every section (some load their code on demand) and the lists. A new list
 * shows its first rows, then the rest: `papers` is how many it shows in the end (all 47 unless
 * the address narrows it, then at least one).
 */
async function loaded(papers: number | 'some' = 47) {
  await screen.findByRole('heading', { level: 1, name: 'Song Han' });
  for (const name of SONG_HAN_SECTIONS) await screen.findByRole('region', { name });
  if (papers === 'some') await within(section('Publications')).findAllByRole('article');
  else await waitFor(() => expect(paperTitles()).toHaveLength(papers));
  await within(section('News')).findAllByRole('listitem');
}

// The whole app in jsdom: the first test also loads every lazy chunk, slow on a busy 2-core machine.
describe('the profile page', { timeout: 90_000 }, () => {
  it('shows the owner, every section as a labelled landmark, and all papers newest first', async () => {
    renderApp();
    await loaded();
    expect(
      screen.getAllByRole('region').map((region) => region.getAttribute('aria-labelledby')),
    ).toEqual(SONG_HAN_SECTIONS.map((name) => screen.getByRole('heading', { level: 2, name }).id));
    expect(screen.getByRole('banner')).toHaveTextContent('Associate Professor, MIT EECS');
    const ids = paperTitles();
    expect(ids).toHaveLength(47);
    expect(ids[ids.length - 1]).toBe('paper-pruning');
    expect(within(section('Publications')).getByText('47 papers')).toBeInTheDocument();
    expect(within(section('News')).getByText('78 items')).toBeInTheDocument();
  });

  it('cites a paper: its Cite dialog shows the APA reference and copies it', async () => {
    const { user } = renderApp();
    await loaded();
    const haq = within(section('Publications')).getByRole('article', {
      name: /HAQ: Hardware-Aware/,
    });
    const cite = within(haq).getByRole('button', { name: 'Cite' });
    await user.click(cite);
    const dialog = await screen.findByRole('dialog', { name: 'Cite this paper' });
    const apa = within(dialog).getByRole('figure', { name: 'Reference in APA' });
    expect(await within(apa).findByText(/^Wang, K\., Liu, Z\./)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Copy' }));
    expect(within(dialog).getByRole('status')).toHaveTextContent(
      'APA reference copied to the clipboard.',
    );
    expect(await navigator.clipboard.readText()).toMatch(
      /^Wang, K\., Liu, Z\., Lin, Y\., Lin, J\., & Han, S\. \(2019\)\. HAQ/,
    );
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(cite).toHaveFocus();
  });

  it('emphasises the owner in author lists and links every resource of a paper', async () => {
    renderApp();
    await loaded();
    const haq = within(section('Publications')).getByRole('article', {
      name: /HAQ: Hardware-Aware Automated Quantization/,
    });
    expect(within(haq).getByText('Song Han').tagName).toBe('STRONG');
    expect(within(haq).getByText('CVPR 2019')).toBeInTheDocument();
    expect(within(haq).getByText('Oral')).toBeInTheDocument();
    expect(within(haq).getByRole('link', { name: 'Code' })).toHaveAttribute(
      'href',
      'https://github.com/mit-han-lab/HAQ',
    );
    expect(within(haq).getByRole('link', { name: 'Code' })).toHaveAttribute(
      'rel',
      'noopener noreferrer',
    );
  });

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
    expect(
      within(screen.getByRole('search')).getByText(/Nothing matches “xylophone”/),
    ).toBeInTheDocument();
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

  it('narrows news by year and kind, and links a news item to its paper', async () => {
    const { user } = renderApp();
    await loaded();
    const news = section('News');
    await user.selectOptions(within(news).getByLabelText('Year'), '2019');
    await user.click(within(news).getByRole('button', { name: /^Award/ }));
    expect(window.location.search).toBe('?news-year=2019&kind=award');
    const items = within(news).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Song Han received Facebook Research Award.'),
      ]),
    );
    expect(within(news).queryByText(/Defensive Quantization on MIT News/)).not.toBeInTheDocument();
    await user.click(within(news).getByRole('button', { name: /^Award/ }));
    await user.click(within(news).getByRole('button', { name: /^Media/ }));
    const [paperLink] = within(news).getAllByRole('link', { name: 'Defensive Quantization' });
    if (!paperLink) throw new Error('the news item links no paper');
    await user.click(paperLink);
    expect(window.location.search).toBe('?paper=defensive-quantization');
    expect(paperTitles()).toEqual(['paper-defensive-quantization']);
    await user.click(screen.getByRole('button', { name: 'Show all publications' }));
    expect(paperTitles()).toHaveLength(47);
  });

  it('sorts the news timeline by date even where the source is out of order', async () => {
    renderApp();
    await loaded();
    const times = within(section('News'))
      .getAllByRole('time')
      .map((time) => time.getAttribute('datetime') ?? '');
    expect(times).toHaveLength(78);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('shows awards, industry products linked to their paper, and media grouped by project', async () => {
    renderApp();
    await loaded();
    const awards = section('Awards');
    expect(await within(awards).findByText('SONY Faculty Award')).toBeInTheDocument();
    expect(within(awards).getByText(/2017, 2018, 2020/)).toBeInTheDocument();
    const impact = section('Industry Impact');
    const openvino = within(impact)
      .getAllByRole('listitem')
      .find((item) => within(item).queryByText('Intel OpenVino'));
    if (!openvino) throw new Error('Intel OpenVino is not listed');
    expect(within(openvino).getByRole('link', { name: 'HAQ' })).toHaveAttribute(
      'href',
      '?paper=haq#publications',
    );
    const media = section('Media Coverage');
    expect(within(media).getByRole('heading', { name: /ProxylessNAS/ })).toBeInTheDocument();
    expect(within(media).getByRole('link', { name: 'Using AI to Make Better AI' })).toHaveAttribute(
      'href',
      expect.stringContaining('spectrum.ieee.org'),
    );
  });

  it('keeps every other section working when one data file is broken', async () => {
    server.use(
      http.get('*/data/news.json', () => jsonResponse('{ not json')),
      http.get('*/data/awards.json', () => new HttpResponse(null, { status: 404 })),
    );
    renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Song Han' });
    const newsAlert = await within(section('News')).findByRole('alert');
    expect(newsAlert).toHaveTextContent('The news could not be loaded.');
    expect(newsAlert).toHaveTextContent('news.json is not valid JSON.');
    expect(await within(section('Awards')).findByRole('alert')).toHaveTextContent(
      'awards.json could not be loaded (the server answered 404).',
    );
    await waitFor(() => expect(paperTitles()).toHaveLength(47));
    expect(within(section('Industry Impact')).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('retries a failed file when asked', async () => {
    let calls = 0;
    server.use(
      http.get('*/data/media.json', () => {
        calls += 1;
        return calls === 1
          ? new HttpResponse(null, { status: 500 })
          : jsonResponse(readDataText('media.json'));
      }),
    );
    const { user } = renderApp();
    const alert = await within(section('Media Coverage')).findByRole('alert');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(
      await within(section('Media Coverage')).findByRole('heading', { name: /MCUNet/ }),
    ).toBeInTheDocument();
  });

  it('shows the valid entries of a partly invalid file and says how many were left out', async () => {
    const data = JSON.parse(readDataText('publications.json')) as {
      papers: Array<Record<string, unknown>>;
    };
    data.papers[0] = { ...data.papers[0], year: 'last year' };
    data.papers[1] = { ...data.papers[1], links: [{ kind: 'code', url: 'javascript:alert(1)' }] };
    server.use(http.get('*/data/publications.json', () => jsonResponse(JSON.stringify(data))));
    renderApp();
    const publications = section('Publications');
    expect(
      await within(publications).findByText('2 entries could not be read and are not shown.'),
    ).toBeInTheDocument();
    await waitFor(() => expect(paperTitles()).toHaveLength(45));
    for (const link of screen.getAllByRole('link'))
      expect(link.getAttribute('href')).not.toMatch(/^javascript:/i);
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

  it('lists the authors in order, the owner in bold, equal contributions starred, matches marked', async () => {
    const { user } = renderApp();
    await loaded();
    await user.type(screen.getByRole('searchbox'), 'haotian');
    const article = await screen.findByRole('article', { name: /Point-Voxel CNN/ });
    await within(article).findByText('Haotian', { selector: 'mark' });
    const authors = within(article).getByText(
      (_, element) => element?.tagName === 'P' && /^Zhijian Liu/.test(element.textContent ?? ''),
    );
    expect(authors).toHaveTextContent(
      /^Zhijian Liu\*, Haotian Tang\*, Yujun Lin, Song Han \(\* equal contribution\)$/,
    );
    expect(within(authors).getByText('Song Han').tagName).toBe('STRONG');
    expect(within(authors).getAllByLabelText('equal contribution')).toHaveLength(2);
  });
});
