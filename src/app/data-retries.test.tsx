import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createQueryClient } from '#src/lib/query-client.ts';
import { jsonResponse, readDataText, server } from '#tests/setup/msw-server.ts';
import { renderApp } from '#tests/setup/render-app.tsx';
import { site } from 'virtual:site';
import { siteDataFiles } from './site.ts';

/**
 * The query client and the data queries as main.tsx wires them, retries on (the other app tests
 * turn them off): what fails for good shows at once, what may heal is tried again, briefly.
 */
function serve(file: string, answers: Array<() => Response | Promise<Response>>) {
  const requests = { count: 0 };
  server.use(
    http.get(`*/data/${file}`, () => {
      requests.count += 1;
      const answer = answers[Math.min(requests.count, answers.length) - 1];
      return answer ? answer() : HttpResponse.error();
    }),
  );
  return requests;
}

const notFound = () => new HttpResponse(null, { status: 404 });
const serverError = () => new HttpResponse(null, { status: 503 });
const dropped = () => HttpResponse.error();
const realFile = (file: string) => () => jsonResponse(readDataText(file));

/** Loads a file as main.tsx does before it takes the prerendered page over. */
const dataFiles = siteDataFiles(site);
async function prefetch(name: string, client = createQueryClient()) {
  const file = dataFiles.find((f) => f.name === name);
  if (!file) throw new Error(`the site has no data file ${name}`);
  await file.prefetch(client);
  return client.getQueryState(file.queryKey);
}

describe('loading the data files before the page is taken over', () => {
  it('asks once for a file the server does not have, or that is not JSON', async () => {
    const files = dataFiles.map((file) => file.name);
    const requests = files.map((file, i) =>
      serve(file, [i % 2 === 0 ? notFound : () => jsonResponse('{ not json')]),
    );
    const states = await Promise.all(files.map((file) => prefetch(file)));
    expect(states.map((state) => state?.status)).toEqual(files.map(() => 'error'));
    expect(requests.map((r) => r.count)).toEqual(files.map(() => 1));
  });

  it('tries a server error again, and has the file when the second answer is good', async () => {
    const requests = serve('media.json', [serverError, realFile('media.json')]);
    expect((await prefetch('media.json'))?.status).toBe('success');
    expect(requests.count).toBe(2);
  });

  it('gives up on a dropped connection after three tries in all', async () => {
    const requests = serve('awards.json', [dropped]);
    expect((await prefetch('awards.json'))?.status).toBe('error');
    expect(requests.count).toBe(3);
  });
});

describe('a section whose file fails, with the page’s own retries', () => {
  it('shows the error after one request for a missing file, and Retry asks again', async () => {
    const requests = serve('news.json', [notFound, realFile('news.json')]);
    const { user } = renderApp('/', { retries: true });
    await screen.findByRole('heading', { level: 1, name: 'Song Han' });
    // The first render of a file also loads the sections' code: allow for a busy machine.
    const news = await screen.findByRole('region', { name: 'News' }, { timeout: 10_000 });
    const alert = await within(news).findByRole('alert');
    expect(alert).toHaveTextContent('news.json could not be loaded (the server answered 404).');
    expect(requests.count).toBe(1);
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect((await within(news).findAllByRole('listitem')).length).toBeGreaterThan(0);
    expect(within(news).queryByRole('alert')).not.toBeInTheDocument();
    expect(requests.count).toBe(2);
  });

  it('after a failed load before the first render, asks again only when Retry is pressed', async () => {
    let release = () => {};
    const requests = serve('news.json', [
      notFound,
      // The second answer waits, so that the page can be read while it is on its way.
      () =>
        new Promise<Response>((resolve) => {
          release = () => resolve(realFile('news.json')());
        }),
    ]);
    const client = createQueryClient();
    expect((await prefetch('news.json', client))?.status).toBe('error');
    // As main.tsx: the page is rendered afresh with the failure in the cache.
    const { user } = renderApp('/', { retries: true, client });
    const news = await screen.findByRole('region', { name: 'News' }, { timeout: 10_000 });
    const alert = await within(news).findByRole('alert');
    // Mounting the section asked for nothing: a load under way would make Retry wait on it.
    expect(requests.count).toBe(1);
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await within(news).findByRole('status', { name: /Loading/ })).toBeInTheDocument();
    expect(requests.count).toBe(2);
    release();
    expect((await within(news).findAllByRole('listitem')).length).toBeGreaterThan(0);
    expect(within(news).queryByRole('alert')).not.toBeInTheDocument();
    expect(requests.count).toBe(2);
  });
});
