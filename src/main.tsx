import './lib/scheduler-config.ts';
import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { site } from 'virtual:site';
import { messages } from 'virtual:site-messages';
import { keepPlaceAcrossReloads } from './app/browse-position.ts';
import { AppProvider } from './app/provider.tsx';
import { siteDataFiles } from './app/site.ts';
import { afterLoad } from './lib/after-load.ts';
import { dataUrl } from './lib/fetch-json.ts';
import { setDataWorker } from './lib/load-data.ts';
import { createQueryClient } from './lib/query-client.ts';
import './styles/index.css';

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');

// The data files are read and validated off the page's thread (and zod stays out of its script).
setDataWorker(
  () => new Worker(new URL('./app/data.worker.ts', import.meta.url), { type: 'module' }),
);
const client = createQueryClient();
const dataFiles = siteDataFiles(site);
const app = (
  <StrictMode>
    <AppProvider client={client} messages={messages}>
      <App site={site} />
    </AppProvider>
  </StrictMode>
);

async function start(root: HTMLElement) {
  if (!root.hasChildNodes()) {
    createRoot(root).render(app);
    return;
  }
  // The page's inline scripts restore the place kept here (the page is prerendered).
  keepPlaceAcrossReloads();
  // The page was prerendered: until the data (preloaded together with this script) is here, the
  // visitor reads the static page; then React takes it over without re-rendering it.
  await Promise.all(dataFiles.map((file) => file.prefetch(client)));
  const failed = dataFiles.some((file) => client.getQueryState(file.queryKey)?.status === 'error');
  if (failed) {
    // A file that no longer loads changes what its section shows: render afresh, alert included.
    root.replaceChildren();
    createRoot(root).render(app);
  } else {
    // As a transition, hydration yields to the browser between pieces: no long task blocks a tap.
    startTransition(() => {
      hydrateRoot(root, app, {
        // The data can be newer than the prerendered page (a cached page, a file updated alone):
        // React then renders that part afresh, which is expected, not an error.
        onRecoverableError: (error) => console.warn('The page was updated from newer data:', error),
      });
    });
  }
}

void start(container);
// Offline support starts after the page has loaded: its code is no part of the first view.
void import('./lib/register-service-worker.ts').then(({ registerServiceWorker }) =>
  registerServiceWorker(() => [
    new URL('./', document.baseURI).href,
    ...dataFiles.map((file) => dataUrl(file.name)),
  ]),
);
// Blocks off the screen take their measured heights while the browser is idle (a jump lands true).
afterLoad(() => {
  void import('./app/measure-blocks.ts').then(({ measureBlocksWhenIdle }) =>
    measureBlocksWhenIdle(container),
  );
});
