import { screen, within } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { jsonResponse, server } from '#tests/setup/msw-server.ts';
import { renderApp } from '#tests/setup/render-app.tsx';

/** Papers as import-bib writes them from al-folio files: old, sparse, marked in the middle. */
const IMPORTED = {
  topics: [],
  papers: [
    {
      id: 'icdcs2022',
      title: 'Distributed Data-Sharing Consensus in Cooperative Perception',
      authors: ['Dana Rivera', 'Sourabh Yadav', 'Chidi Okafor', 'Song Han'],
      equalContributors: ['Sourabh Yadav'],
      venue: 'ICDCS',
      year: 2022,
      type: 'conference',
      featured: true,
      links: [{ kind: 'slides', url: 'https://example.edu/~dana/assets/pdf/ICDCS2022-slides.pdf' }],
    },
    {
      id: 'einstein1905electrodynamics',
      title: 'On the Electrodynamics of Moving Bodies',
      authors: ['A. Einstein'],
      year: 1905,
      type: 'journal',
    },
    {
      id: 'einstein1920relativity',
      title: 'Relativity: the Special and General Theory',
      year: 1920,
      type: 'book',
      venueName: 'Methuen & Co Ltd',
      links: [{ kind: 'pdf', url: 'https://example.edu/relativity.pdf' }],
    },
  ],
};

describe('papers imported from other academics’ BibTeX', { timeout: 15_000 }, () => {
  it('are all listed: from 1905, with no venue, topics or authors, marked where marked', async () => {
    server.use(http.get('*/data/publications.json', () => jsonResponse(JSON.stringify(IMPORTED))));
    renderApp();
    const publications = await screen.findByRole('region', { name: 'Publications' });
    const old = await within(publications).findByRole('article', { name: /Electrodynamics/ });
    expect(within(old).getByText('1905')).toBeInTheDocument();
    expect(within(old).getByText('Journal')).toBeInTheDocument();

    const book = within(publications).getByRole('article', { name: /Relativity/ });
    expect(within(book).getByText('Book')).toBeInTheDocument();
    expect(within(book).getByRole('link', { name: 'PDF' })).toHaveAttribute(
      'href',
      'https://example.edu/relativity.pdf',
    );

    const marked = within(publications).getByRole('article', { name: /Data-Sharing/ });
    expect(within(marked).getByText('ICDCS 2022')).toBeInTheDocument();
    expect(within(marked).getByRole('link', { name: 'Slides' })).toBeInTheDocument();
    const authors = within(marked).getByText(
      (_, element) => element?.tagName === 'P' && /^Dana Rivera/.test(element.textContent ?? ''),
    );
    expect(authors).toHaveTextContent(
      /^Dana Rivera, Sourabh Yadav\*, Chidi Okafor, Song Han \(\* equal contribution\)$/,
    );
  });

  it('offer a Selected view of the featured papers, kept in the address', async () => {
    server.use(http.get('*/data/publications.json', () => jsonResponse(JSON.stringify(IMPORTED))));
    const { user } = renderApp();
    const publications = await screen.findByRole('region', { name: 'Publications' });
    await within(publications).findByRole('article', { name: /Electrodynamics/ });
    const selected = await within(publications).findByRole('checkbox', {
      name: /Selected papers only/,
    });
    await user.click(selected);
    expect(window.location.search).toBe('?selected=1');
    expect(within(publications).getAllByRole('article')).toHaveLength(1);
    expect(within(publications).getByRole('article', { name: /Data-Sharing/ })).toBeInTheDocument();
    await user.click(selected);
    expect(window.location.search).toBe('');
    expect(within(publications).getAllByRole('article')).toHaveLength(3);
  });

  it('offer no Selected view where no paper is featured', async () => {
    const plain = {
      ...IMPORTED,
      papers: IMPORTED.papers.map((paper) => ({ ...paper, featured: false })),
    };
    server.use(http.get('*/data/publications.json', () => jsonResponse(JSON.stringify(plain))));
    renderApp('/?selected=1');
    const publications = await screen.findByRole('region', { name: 'Publications' });
    // The link's selected=1 asks for nothing the data has: every paper stays listed.
    expect(await within(publications).findAllByRole('article')).toHaveLength(3);
    expect(within(publications).queryByRole('checkbox', { name: /Selected/ })).toBeNull();
  });
});
