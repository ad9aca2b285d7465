import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { dataFiles } from './scripts/vite-plugin-data.ts';
import { stacklessReactSentinels } from './scripts/vite-plugin-react-sentinels.ts';

/** The site's content: data/, or another folder of the same shape (DATA_DIR, e.g. a test site). */
const dataFolder = process.env.DATA_DIR
  ? resolve(process.env.DATA_DIR)
  : fileURLToPath(new URL('./data', import.meta.url));

/** React's chunk: apart from the app's, so that the page starts the two in tasks of their own. */
const REACT_CHUNK = 'react';

export default defineConfig({
  // Relative asset URLs: the built site works from any folder of any host.
  base: './',
  plugins: [react(), tailwindcss(), dataFiles(dataFolder), stacklessReactSentinels()],
  // The search worker reads the site's interface words too (the names of paper types).
  worker: { format: 'es', plugins: () => [dataFiles(dataFolder)] },
  build: {
    target: 'es2022',
    modulePreload: {
      // Every browser the build targets supports <link rel="modulepreload">: no polyfill to ship.
      polyfill: false,
      // On-demand chunks load without Vite's preload helper, which searched the whole prerendered
      // document (a meta query, then a link per dependency) on every dynamic import while the page
      // hydrated; the small chunks they import follow one round trip later, after the first view.
      resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []),
    },
    rolldownOptions: {
      output: {
        // Chromium compiles every function of the first view (React DOM and the app, nearly all of
        // it run while the page loads and hydrates) on the thread that downloads it, instead of each
        // on the page's thread the first time it runs: hydration's pieces of work get shorter. The
        // same for the search engine (the small collections build their indexes with it as the
        // visitor turns to the search box, just before the first keystroke; and the worker).
        // Other browsers ignore the comment. https://v8.dev/blog/explicit-compile-hints
        postBanner: (chunk) =>
          chunk.name === REACT_CHUNK ||
          chunk.moduleIds.some((id) =>
            /src[\\/](main\.tsx|search[\\/]engine[\\/][\w-]+\.ts)$/.test(id),
          )
            ? '//# allFunctionsCalledOnLoad'
            : '',
        codeSplitting: {
          // Modules that both the first view and on-demand chunks use would otherwise become small
          // chunks of their own: kept with the entry, the first view is 0.5 kB less.
          groups: [
            // Started before the app's, in a task of its own (the bootstrap in
            // scripts/site-files/inline-scripts.ts), not in one long one with it.
            {
              name: REACT_CHUNK,
              test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/,
              priority: 2,
            },
            {
              name: 'index',
              priority: 1,
              test: /src[\\/]main\.tsx|src[\\/]lib[\\/](text|safe-url)\.ts/,
            },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    setupFiles: ['./tests/setup/vitest-setup.ts'],
    restoreMocks: true,
    // A busy hour on a shared machine makes the slowest property tests several times slower.
    testTimeout: 30_000,
  },
});
