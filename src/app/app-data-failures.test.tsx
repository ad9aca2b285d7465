import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { jsonResponse, readDataText, server } from '#tests/setup/msw-server.ts';
import { renderApp } from '#tests/setup/render-app.tsx';
import { paperTitles, section } from '#tests/setup/song-han-page.ts';

// The whole app in jsdom, slow on a busy 2-core machine.
describe('the page when a data file fails', { timeout: 90_000 }, () => {
  it('keeps every other section working when one data file is broken', async () => {
    server.use(
      http.get('*/data/news.json', () => jsonResponse('{ not json')),
      http.get('*/data/awards.json', () => new HttpResponse(null, { status: 404 })),
    );
    renderApp();
    // Some sections load their code on demand: wait for each before reading it.
    const newsAlert = await within(await screen.findByRole('region', { name: 'News' })).findByRole(
      'alert',
    );
    expect(newsAlert).toHaveTextContent('The news could not be loaded.');
    expect(newsAlert).toHaveTextContent('news.json is not valid JSON.');
    const awards = await screen.findByRole('region', { name: 'Awards' });
    expect(await within(awards).findByRole('alert')).toHaveTextContent(
      'awards.json could not be loaded (the server answered 404).',
    );
    await waitFor(() => expect(paperTitles()).toHaveLength(47));
    const impact = await screen.findByRole('region', { name: 'Industry Impact' });
    expect(within(impact).queryByRole('alert')).not.toBeInTheDocument();
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
    const media = await screen.findByRole('region', { name: 'Media Coverage' });
    const alert = await within(media).findByRole('alert');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await within(media).findByRole('heading', { name: /MCUNet/ })).toBeInTheDocument();
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
});
