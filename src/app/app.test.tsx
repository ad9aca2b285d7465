import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SONG_HAN_SECTIONS } from '#tests/fixtures/song-han-sections.ts';
import { renderApp } from '#tests/setup/render-app.tsx';
import { loaded, paperTitles, section } from '#tests/setup/song-han-page.ts';

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
